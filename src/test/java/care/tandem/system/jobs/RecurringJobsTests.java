package care.tandem.system.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import care.tandem.FullApplicationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background and scheduled work has one home, db-scheduler: every sweep and daily run is a row in
 * {@code scheduled_tasks} once the application has started, so it survives restarts and one node
 * runs it.
 */
@FullApplicationTest
class RecurringJobsTests {

  @Autowired JdbcClient jdbc;

  @Test
  void schedulesEverySweepAndDailyRunInTheDatabase() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("select task_name from scheduled_tasks")
                            .query(String.class)
                            .list())
                    .contains(
                        "identity-forget-old-attempts",
                        "conversation-mail-sweep",
                        "system-resubmit-stale-events",
                        "measures-questionnaire-reminders"));
  }
}
