package care.tandem.system.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
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
 * transaction: the job commits with the change that asked for it, or not at all.
 *
 * <p>Built here rather than by db-scheduler's Spring Boot starter, whose auto-configuration names
 * Spring Boot 3 classes that Boot 4 moved.
 */
@Component
public class JobScheduler implements SmartLifecycle {

  private final Scheduler scheduler;
  private final Settings settings;
  private volatile boolean running;

  JobScheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, Settings settings) {
    this.settings = settings;
    List<Task<?>> known = tasks.orderedStream().toList();
    this.scheduler =
        Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
            .pollingInterval(settings.pollingInterval())
            .threads(settings.threads())
            .registerShutdownHook()
            .enableImmediateExecution()
            .build();
  }

  /** Schedules, reschedules and cancels jobs. Joins the caller's transaction. */
  public SchedulerClient client() {
    return scheduler;
  }

  @Override
  public void start() {
    if (settings.enabled()) {
      scheduler.start();
    }
    running = true;
  }

  @Override
  public void stop() {
    if (settings.enabled()) {
      scheduler.stop();
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
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
