package care.tandem.system.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Background jobs (reminders, escalations, retries) through db-scheduler: each job is a row in
 * {@code scheduled_tasks}, so it survives a restart and exactly one node runs it. Modules declare
 * their tasks as {@link Task} beans and schedule them with {@link #client()}, inside their own
 * transaction: the job commits with the change that asked for it, or not at all. A {@link
 * RecurringTask} bean (a sweep, a daily run) is scheduled when the scheduler starts; this is the
 * one mechanism for background and scheduled work (no {@code @Scheduled}, no executors of our own).
 *
 * <p>Built here rather than by db-scheduler's Spring Boot starter, whose auto-configuration names
 * Spring Boot 3 classes that Boot 4 moved.
 */
@Component
public class JobScheduler implements SmartLifecycle {

  private final DataSource dataSource;
  private final List<Task<?>> known;
  private final List<RecurringTask<?>> recurring;
  private final SchedulerClient client;
  private final Settings settings;
  private @Nullable Scheduler scheduler;

  JobScheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, Settings settings) {
    this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
    List<Task<?>> all = tasks.orderedStream().toList();
    this.recurring =
        all.stream()
            .filter(RecurringTask.class::isInstance)
            .<RecurringTask<?>>map(RecurringTask.class::cast)
            .toList();
    this.known = all.stream().filter(task -> !(task instanceof RecurringTask)).toList();
    this.client = SchedulerClient.Builder.create(this.dataSource, all).build();
    this.settings = settings;
  }

  /** Schedules, reschedules and cancels jobs. Joins the caller's transaction. */
  public SchedulerClient client() {
    return client;
  }

  /**
   * Starts polling for due jobs. A stopped db-scheduler cannot start again, so each start builds a
   * new one: a test framework may stop an idle application context and start it later.
   */
  @Override
  public synchronized void start() {
    if (scheduler == null && settings.enabled()) {
      scheduler =
          Scheduler.create(dataSource, known)
              .startTasks(recurring)
              .pollingInterval(settings.pollingInterval())
              .threads(settings.threads())
              .build();
      scheduler.start();
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  /**
   * @param enabled false to keep jobs in the table without running them (some tests run a job's
   *     work directly with their own clock)
   * @param pollingInterval how often each node looks for jobs that are due
   * @param threads how many jobs a node runs at once
   */
  @ConfigurationProperties("tandem.jobs")
  public record Settings(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("10s") Duration pollingInterval,
      @DefaultValue("4") int threads) {}
}
