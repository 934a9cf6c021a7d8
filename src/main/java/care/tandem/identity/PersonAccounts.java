package care.tandem.identity;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountRepository;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.EmailTakenException;
import care.tandem.identity.account.OwnAccounts;
import care.tandem.identity.account.PasswordPolicy;
import care.tandem.identity.signin.JoiningSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Accounts of people receiving care, for other modules: a person joining their record makes their
 * own account (role PATIENT, a password they chose) and is signed in; an admin linking a record
 * finds an account by its email address.
 */
@Service
public class PersonAccounts {

  /** What makes a good password, for the hint under the field. */
  public static final String PASSWORD_HINT = PasswordPolicy.HINT;

  /** Why a new account was refused, in words for the person, and the field it is about. */
  public static final class Refused extends RuntimeException {
    private final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** An account as other modules may see it: no password, no memberships. */
  public record Holder(UUID id, String displayName, String role, boolean active) {
    public boolean isPatient() {
      return "PATIENT".equals(role);
    }
  }

  private final Accounts accounts;
  private final AccountRepository repository;
  private final OwnAccounts own;
  private final PasswordPolicy policy;
  private final JoiningSignIn signIn;

  PersonAccounts(
      Accounts accounts,
      AccountRepository repository,
      OwnAccounts own,
      PasswordPolicy policy,
      JoiningSignIn signIn) {
    this.accounts = accounts;
    this.repository = repository;
    this.own = own;
    this.policy = policy;
    this.signIn = signIn;
  }

  /** Why this password cannot be used with this email address, if it cannot. */
  public Optional<String> passwordProblem(String password, String email) {
    return policy.problemWith(password, email);
  }

  public Optional<Holder> find(UUID id) {
    return accounts.find(id).map(PersonAccounts::holder);
  }

  public Optional<Holder> findByEmail(String email) {
    return repository.findCredentialsByEmail(email).map(found -> holder(found.account()));
  }

  /** The account's email address, for a message to its holder. */
  public Optional<String> emailOf(UUID id) {
    return accounts.find(id).filter(Account::active).map(Account::email);
  }

  /**
   * Makes a PATIENT account with the password the person chose and signs them in on this browser.
   * Once per idempotency key: a repeated submit signs in the account the first one made.
   *
   * @throws Refused if the email address is taken or the password breaks the policy
   */
  public UUID createAndSignIn(
      String email,
      String displayName,
      String password,
      UUID idempotencyKey,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<String> problem = policy.problemWith(password, email);
    if (problem.isPresent()) {
      throw new Refused("password", problem.get());
    }
    UUID id;
    try {
      id = own.createPatient(email, displayName, password, idempotencyKey);
    } catch (EmailTakenException e) {
      throw new Refused(
          "email", "An account already uses this email address. Sign in with it instead");
    }
    signIn.signIn(accounts.find(id).orElseThrow(), request, response);
    return id;
  }

  private static Holder holder(Account account) {
    return new Holder(account.id(), account.displayName(), account.role().name(), account.active());
  }
}
