package care.tandem.system.limits;

import java.io.IOException;
import java.io.Serial;

/**
 * Thrown by a request body's stream as soon as more than its limit has been read: whoever reads it
 * stops there, so an endless (chunked) body costs no more memory than the limit.
 */
public final class BodyTooLargeException extends IOException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Set on the request when its body passed the limit, for readers (HAPI) that turn the exception
   * into one of their own and lose it.
   */
  public static final String ATTRIBUTE = BodyTooLargeException.class.getName();

  private final long limit;

  BodyTooLargeException(long limit) {
    super("Request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** Whether this request's body was found over its limit while it was read. */
  public static boolean wasThrownFor(jakarta.servlet.ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) != null;
  }

  /** Whether this failure, or anything that caused it, was a body over its limit. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
