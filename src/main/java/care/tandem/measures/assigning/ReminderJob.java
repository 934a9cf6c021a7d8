package care.tandem.measures.assigning;

import care.tandem.care.web.CareDates;
import care.tandem.system.jobs.JobScheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The daily reminder run at 8am UK time, through db-scheduler so it survives restarts and runs on
 * one node. Our {@link JobScheduler} does not start recurring tasks itself, so this schedules the
 * task once the application is ready (doing nothing if it is scheduled already).
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

  static final String NAME = "measures-questionnaire-reminders";

  @Bean
  RecurringTask<Void> questionnaireReminderTask(QuestionnaireReminders reminders) {
    return Tasks.recurring(NAME, Schedules.daily(CareDates.UK_TIME, LocalTime.of(8, 0)))
        .execute((instance, context) -> reminders.remindDue(Clock.systemUTC()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule(ApplicationReadyEvent ready) {
    JobScheduler jobs = ready.getApplicationContext().getBean(JobScheduler.class);
    @SuppressWarnings("unchecked")
    RecurringTask<Void> task =
        (RecurringTask<Void>) ready.getApplicationContext().getBean("questionnaireReminderTask");
    task.onStartup(jobs.client(), new SystemClock());
  }
}
