package care.tandem.identity;

import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.EmailTakenException;
import care.tandem.identity.account.PasswordPolicy;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Accounts for carers and others a person asked to help them (issue 13), for the care module's
 * invitations: the helper makes their own, with a password they choose.
 */
@Service
public class HelperAccounts {

  /** The hint shown under a new password. */
  public static final String PASSWORD_HINT = PasswordPolicy.HINT;

  private final Accounts accounts;
  private final PasswordPolicy policy;

  HelperAccounts(Accounts accounts, PasswordPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  /** What is wrong with the password, in words for the form, or empty if it will do. */
  public Optional<String> passwordProblem(String password, String email) {
    return policy.problemWith(password, email);
  }

  /**
   * Makes a {@code CARER} account; empty if the email address already has an account.
   *
   * @throws IllegalArgumentException if the password does not meet the policy
   */
  public Optional<UUID> create(String email, String displayName, String password) {
    try {
      return Optional.of(accounts.createCarer(email, displayName, password));
    } catch (EmailTakenException e) {
      return Optional.empty();
    }
  }
}
