package care.tandem.identity.reset;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.account.Accounts;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Completes a reset: uses the link up and sets the new password in one transaction. */
@Component
class PasswordResets {

  private final PasswordResetLinks links;
  private final Accounts accounts;
  private final AuditLog audit;

  PasswordResets(PasswordResetLinks links, Accounts accounts, AuditLog audit) {
    this.links = links;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** The account whose password changed, or empty if the link no longer works. */
  @Transactional
  Optional<UUID> complete(String token, String newPassword, Clock clock) {
    Optional<UUID> account = links.use(token, clock);
    account.ifPresent(id -> accounts.setForgottenPassword(id, newPassword));
    return account;
  }

  void refused(String address) {
    audit.record(
        AuditEvent.denied(null, null, "password-reset.refused", Map.of("address", address)));
  }
}
