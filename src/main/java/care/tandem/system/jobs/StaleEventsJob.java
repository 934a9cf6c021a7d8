package care.tandem.system.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Tries again every event whose listener in another module failed (a timeline entry, e-mail
 * notices): Spring Modulith keeps each publication until its listener has run, and this resubmits
 * those still there after {@code tandem.events.retry-after}. Listeners are written so that running
 * twice adds nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaleEventsJob {

  static final String NAME = "system-resubmit-stale-events";

  @Bean
  RecurringTask<Void> staleEventsTask(
      ObjectProvider<IncompleteEventPublications> incomplete,
      @Value("${tandem.events.retry-after:PT1M}") Duration retryAfter) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(retryAfter))
        .execute(
            (instance, context) ->
                incomplete.ifAvailable(
                    publications ->
                        publications.resubmitIncompletePublicationsOlderThan(retryAfter)));
  }
}
