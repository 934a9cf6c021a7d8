package care.tandem.conversation.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail sweep: sends notices whose send failed once their retry time has come, every {@code
 * tandem.conversation.mail.sweep-interval}. A db-scheduler job, so one node runs it.
 */
@Configuration(proxyBeanMethods = false)
class ConversationMailJobs {

  static final String SWEEP = "conversation-mail-sweep";

  @Bean
  RecurringTask<Void> conversationMailSweep(
      ConversationMail mail,
      @Value("${tandem.conversation.mail.sweep-interval:PT1M}") Duration interval) {
    return Tasks.recurring(SWEEP, Schedules.fixedDelay(interval))
        .execute((instance, context) -> mail.deliverDueQuietly());
  }
}
