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
  private @Nullable String passwordHash;

  TandemUser(Account account, String passwordHash) {
    this(
        account.id(),
        account.displayName(),
        account.role(),
        account.discipline(),
        account.passwordMustChange(),
        passwordHash);
  }

  private TandemUser(
      UUID accountId,
      String displayName,
      Role role,
      @Nullable Discipline discipline,
      boolean passwordMustChange,
      @Nullable String passwordHash) {
    this.accountId = accountId;
    this.displayName = displayName;
    this.role = role;
    this.discipline = discipline;
    this.passwordMustChange = passwordMustChange;
    this.passwordHash = passwordHash;
  }

  /**
   * Someone signed in by NHS login or NHS CIS2: the provider checked who they are, so there is no
   * password here, nor one to change.
   */
  public static TandemUser signedInElsewhere(Account account) {
    return new TandemUser(
        account.id(), account.displayName(), account.role(), account.discipline(), false, null);
  }

  /** The same person once they have replaced their temporary password with their own. */
  TandemUser withPasswordChanged() {
    return new TandemUser(accountId, displayName, role, discipline, false, null);
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
