package care.tandem;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events between modules are handled after the change commits, on another thread
 * ({@code @ApplicationModuleListener}). A test that checks what a listener did (a timeline entry,
 * an e-mail notice) first waits until every publication in the registry about its own person (or
 * other id) has been handled: completed publications are deleted, so none may be left. Other tests
 * publish at the same time, so it never waits for theirs.
 */
public final class ModuleEvents {

  private ModuleEvents() {}

  public static void awaitHandled(JdbcClient jdbc, UUID about) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                jdbc.sql(
                            """
                            select count(*) from event_publication
                            where completion_date is null and serialized_event like ?
                            """)
                        .param("%" + about + "%")
                        .query(Long.class)
                        .single()
                    == 0);
  }
}
