package care.tandem.identity.signin;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every hour, forgets sign-in and password-check attempts older than a day, and unlock links a day
 * past their lifetime: they are no use to the throttle, and the audit log keeps the history. A
 * db-scheduler job, so one node runs it.
 */
@Configuration(proxyBeanMethods = false)
class OldAttemptsJob {

  static final String NAME = "identity-forget-old-attempts";

  @Bean
  RecurringTask<Void> oldAttemptsTask(
      SignInAttempts signIn, UnlockLinks unlockLinks, OwnPasswordChange passwordChange) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(Duration.ofHours(1)))
        .execute(
            (instance, context) -> {
              signIn.forgetOldAttempts();
              unlockLinks.forgetOldLinks(Clock.systemUTC());
              passwordChange.forgetOldAttempts();
            });
  }
}
