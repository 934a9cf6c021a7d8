package care.tandem.identity.account;

/** Another account already signs in with this email address. */
public class EmailTakenException extends RuntimeException {

  public EmailTakenException() {
    super("Email address already in use");
  }
}
