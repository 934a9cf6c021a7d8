package care.tandem.identity.signin;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.system.SignedInUser;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person signed in. Its username is the account id, so {@code Authentication.getName()} is the
 * id, never the email. Authorities: the role, and a practitioner's discipline. Kept in the session
 * (serialised to PostgreSQL), so it holds no password hash after sign-in.
 */
public final class TandemUser implements UserDetails, CredentialsContainer, SignedInUser {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID accountId;
  private final String displayName;
  private final Role role;
  private final @Nullable Discipline discipline;
  private final boolean passwordMustChange;
  private final boolean twoFactorMustBeSetUp;
  private @Nullable String passwordHash;

  TandemUser(Account account, String passwordHash) {
    this(
        account.id(),
        account.displayName(),
        account.role(),
        account.discipline(),
        account.passwordMustChange(),
        false,
        passwordHash);
  }

  private TandemUser(
      UUID accountId,
      String displayName,
      Role role,
      @Nullable Discipline discipline,
      boolean passwordMustChange,
      boolean twoFactorMustBeSetUp,
      @Nullable String passwordHash) {
    this.accountId = accountId;
    this.displayName = displayName;
    this.role = role;
    this.discipline = discipline;
    this.passwordMustChange = passwordMustChange;
    this.twoFactorMustBeSetUp = twoFactorMustBeSetUp;
    this.passwordHash = passwordHash;
  }

  /**
   * Someone signed in by NHS login or NHS CIS2: the provider checked who they are, so there is no
   * password here, nor one to change, and the provider's own second factor stands for ours.
   */
  public static TandemUser signedInElsewhere(Account account) {
    return new TandemUser(
        account.id(),
        account.displayName(),
        account.role(),
        account.discipline(),
        false,
        false,
        null);
  }

  /** The same person once they have replaced their temporary password with their own. */
  TandemUser withPasswordChanged() {
    return new TandemUser(
        accountId, displayName, role, discipline, false, twoFactorMustBeSetUp, null);
  }

  /** The same person, kept on the two-factor set-up page until they have set it up. */
  TandemUser withTwoFactorToSetUp() {
    return new TandemUser(accountId, displayName, role, discipline, passwordMustChange, true, null);
  }

  /** The same person once they have set up two-factor sign-in. */
  public TandemUser withTwoFactorSetUp() {
    return new TandemUser(
        accountId, displayName, role, discipline, passwordMustChange, false, null);
  }

  @Override
  public UUID accountId() {
    return accountId;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public @Nullable Discipline discipline() {
    return discipline;
  }

  @Override
  public boolean passwordMustChange() {
    return passwordMustChange;
  }

  @Override
  public boolean twoFactorMustBeSetUp() {
    return twoFactorMustBeSetUp;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(role.authority()));
    if (discipline != null) {
      authorities.add(new SimpleGrantedAuthority(discipline.authority()));
    }
    return authorities;
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return accountId.toString();
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TandemUser user && user.accountId.equals(accountId);
  }

  @Override
  public int hashCode() {
    return accountId.hashCode();
  }

  @Override
  public String toString() {
    return "TandemUser[" + accountId + "]";
  }
}
