package care.tandem.measures.assigning;

import care.tandem.care.web.CareDates;
import care.tandem.system.jobs.JobScheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily reminder run at 8am UK time, through db-scheduler so it survives restarts and runs on
 * one node; {@link JobScheduler} schedules it when it starts (doing nothing if it is already).
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

  static final String NAME = "measures-questionnaire-reminders";

  @Bean
  RecurringTask<Void> questionnaireReminderTask(QuestionnaireReminders reminders) {
    return Tasks.recurring(NAME, Schedules.daily(CareDates.UK_TIME, LocalTime.of(8, 0)))
        .execute((instance, context) -> reminders.remindDue(Clock.systemUTC()));
  }
}
