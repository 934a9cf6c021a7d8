package care.tandem.identity.account;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What account holders do to their own password: change it, confirm it, or choose a new one through
 * an e-mailed reset link. Each ends the account's other sessions and is audited.
 */
@Service
public class OwnPasswords {

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final AccountSessions sessions;
  private final AuditLog audit;

  OwnPasswords(
      AccountRepository repository,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      AccountSessions sessions,
      AuditLog audit) {
    this.repository = repository;
    this.passwords = passwords;
    this.policy = policy;
    this.sessions = sessions;
    this.audit = audit;
  }

  /**
   * The account holder changes their own password. Their other sessions end; the one they are using
   * ({@code currentSession}) stays.
   *
   * @return false if {@code currentPassword} is wrong
   */
  @Transactional
  public boolean change(
      UUID id, String currentPassword, String newPassword, String currentSession) {
    Account account = repository.findById(id).orElseThrow();
    // An account made by NHS login has no password to change.
    String hash = repository.findPasswordHash(id).orElse(null);
    if (hash == null
        || !PasswordPolicy.fitsBcrypt(currentPassword)
        || !passwords.matches(currentPassword, hash)) {
      audit.record(
          AuditEvent.failure(
              id, account.role().name(), "account.password-change-failed", Map.of()));
      return false;
    }
    policy.require(newPassword, account.email());
    repository.updatePassword(id, passwords.encode(newPassword), false);
    sessions.endAll(id, currentSession);
    audit.record(
        AuditEvent.success(
            id,
            account.role().name(),
            "account.password-changed",
            Map.of("account", id.toString())));
    return true;
  }

  /**
   * Whether this is the account's password (to confirm a change such as turning off two-factor).
   */
  @Transactional(readOnly = true)
  public boolean matches(UUID id, String password) {
    Optional<String> hash = repository.findPasswordHash(id);
    return hash.isPresent()
        && PasswordPolicy.fitsBcrypt(password)
        && passwords.matches(password, hash.get());
  }

  /**
   * The account holder chose a new password through an e-mailed reset link: every session of the
   * account ends, including any in the browser they used.
   */
  @Transactional
  public void setForgotten(UUID id, String newPassword) {
    Account account = repository.findById(id).orElseThrow();
    policy.require(newPassword, account.email());
    repository.updatePassword(id, passwords.encode(newPassword), false);
    sessions.endAll(id, null);
    audit.record(
        AuditEvent.success(
            null, null, "account.password-reset-by-email", Map.of("account", id.toString())));
  }
}
