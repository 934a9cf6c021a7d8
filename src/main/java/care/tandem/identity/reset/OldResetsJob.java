package care.tandem.identity.reset;

import care.tandem.identity.twofactor.TwoFactor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every hour, forgets reset links a day past their lifetime, reset requests and two-factor code
 * checks older than a day: the throttles need no more, and the audit log keeps the history.
 */
@Configuration(proxyBeanMethods = false)
class OldResetsJob {

  static final String NAME = "identity-forget-old-resets";

  @Bean
  RecurringTask<Void> oldResetsTask(PasswordResetLinks links, TwoFactor twoFactor) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(Duration.ofHours(1)))
        .execute(
            (instance, context) -> {
              links.forgetOld(Clock.systemUTC());
              twoFactor.forgetOldAttempts();
            });
  }
}
