package care.tandem.care;

/** Someone else accepted, declined or withdrew the request first. */
public class RequestAlreadyDecidedException extends RuntimeException {

  public RequestAlreadyDecidedException() {
    super("This request has already been decided", null, false, false);
  }
}
