package care.tandem.identity;

/**
 * An edit started from a version that someone else has since changed. Never a silent overwrite: the
 * page shows what is saved now next to the change that was not saved.
 */
public class StaleEditException extends RuntimeException {

  public StaleEditException(String what) {
    super(what + " was changed by someone else");
  }
}
