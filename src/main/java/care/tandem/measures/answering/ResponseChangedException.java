package care.tandem.measures.answering;

/**
 * The answer was changed somewhere else (another tab, or a team member with the person) since the
 * page was shown, to a different value. Nothing was stored.
 */
public class ResponseChangedException extends RuntimeException {

  public ResponseChangedException() {
    super("The answer was changed somewhere else", null, false, false);
  }
}
