package care.tandem;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events between modules are handled after the change commits, on another thread
 * ({@code @ApplicationModuleListener}). A test that checks what a listener did (a timeline entry,
 * an e-mail notice) first waits until every publication in the registry has been handled: completed
 * publications are deleted, so none may be left.
 */
public final class ModuleEvents {

  private ModuleEvents() {}

  public static void awaitHandled(JdbcClient jdbc) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                    == 0);
  }
}
