package care.tandem.identity.account;

/**
 * A change that would break a rule about accounts, such as leaving no active administrator. The
 * message is written for the person making the change.
 */
public class AccountChangeRefusedException extends RuntimeException {

  public AccountChangeRefusedException(String message) {
    super(message);
  }
}
