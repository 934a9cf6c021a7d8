package care.tandem.care;

/** Another person's record already has this NHS number. */
public class NhsNumberTakenException extends RuntimeException {

  public NhsNumberTakenException() {
    super("NHS number already in use", null, false, false);
  }
}
