package care.tandem.system.limits;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How a failure is written to the log: by a reference the person who met it is shown too, and the
 * exception's classes and stack frames without their messages, since a message can quote what was
 * sent (a parser quotes the body, a database its parameters).
 */
public final class Failures {

  /** The request attribute holding a failed request's reference, for the error page. */
  public static final String REFERENCE = Failures.class.getName() + ".reference";

  private static final int FRAMES = 12;

  private Failures() {}

  /** A new reference for one failure, to show and to log. */
  public static String reference() {
    return UUID.randomUUID().toString();
  }

  /** Each exception's class and first frames, cause after cause, and no message. */
  public static String withoutMessages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, true) == null;
        cause = cause.getCause()) {
      text.append(cause == failure ? "" : "\nCaused by: ").append(cause.getClass().getName());
      StackTraceElement[] frames = cause.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        text.append("\n\tat ").append(frames[i]);
      }
    }
    return text.toString();
  }
}
