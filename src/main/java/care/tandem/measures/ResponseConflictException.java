package care.tandem.measures;

/**
 * A response was sent with the key (the sender's identifier) of one stored before, but says
 * something different. Nothing is stored: the sender must use a new identifier for a new response.
 */
public class ResponseConflictException extends RuntimeException {

  public ResponseConflictException() {
    super("A different response was stored before with this identifier");
  }
}
