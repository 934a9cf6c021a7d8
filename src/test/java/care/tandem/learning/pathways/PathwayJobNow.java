package care.tandem.learning.pathways;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/**
 * Runs the pathways' job once now, as db-scheduler does every 15 minutes, for tests outside this
 * package (a browser journey) that cannot wait for it.
 */
public final class PathwayJobNow {

  private PathwayJobNow() {}

  public static void run(ApplicationContext context) {
    context.getBean(PathwayReleases.class).run(Clock.systemUTC());
  }
}
