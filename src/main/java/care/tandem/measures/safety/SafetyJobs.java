package care.tandem.measures.safety;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The safety net's jobs, kept in the database by db-scheduler so they survive a restart and run on
 * one node: escalating an alert nobody acknowledged, and writing an alert that failed the first
 * time. The tasks reach their work lazily, because the work schedules jobs itself.
 */
@Configuration(proxyBeanMethods = false)
class SafetyJobs {

  static final String ESCALATION = "measures-alert-escalation";
  static final String RETRY = "measures-alert-retry";

  /** Data: the alert's id. Runs at the instant the alert is due to escalate. */
  @Bean
  OneTimeTask<String> alertEscalationTask(ObjectProvider<Escalations> escalations) {
    return Tasks.oneTime(ESCALATION, String.class)
        .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1)))
        .execute(
            (instance, context) ->
                escalations
                    .getObject()
                    .runScheduled(UUID.fromString(instance.getData()), Clock.systemUTC()));
  }

  /** Data: the failure's id. Tries again, backing off, until the alert exists. */
  @Bean
  OneTimeTask<String> alertRetryTask(ObjectProvider<SafetyNet> safetyNet) {
    return Tasks.oneTime(RETRY, String.class)
        .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1)))
        .execute(
            (instance, context) ->
                safetyNet.getObject().retry(UUID.fromString(instance.getData())));
  }
}
