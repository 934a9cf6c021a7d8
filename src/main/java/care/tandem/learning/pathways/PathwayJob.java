package care.tandem.learning.pathways;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the pathways' releases, reminders and check-in tasks every 15 minutes through db-scheduler
 * (one node, survives restarts), so a release lands soon after its time and a reminder soon after
 * the person's quiet time ends.
 */
@Configuration(proxyBeanMethods = false)
class PathwayJob {

  static final String NAME = "learning-pathway-releases";

  @Bean
  RecurringTask<Void> pathwayReleaseTask(PathwayReleases releases) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(Duration.ofMinutes(15)))
        .execute((instance, context) -> releases.run(Clock.systemUTC()));
  }
}
