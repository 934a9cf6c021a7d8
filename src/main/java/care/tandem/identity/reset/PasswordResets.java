package care.tandem.identity.reset;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.account.OwnPasswords;
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
  private final OwnPasswords ownPasswords;
  private final AuditLog audit;

  PasswordResets(PasswordResetLinks links, OwnPasswords ownPasswords, AuditLog audit) {
    this.links = links;
    this.ownPasswords = ownPasswords;
    this.audit = audit;
  }

  /** The account whose password changed, or empty if the link no longer works. */
  @Transactional
  Optional<UUID> complete(String token, String newPassword, Clock clock) {
    Optional<UUID> account = links.use(token, clock);
    account.ifPresent(id -> ownPasswords.setForgotten(id, newPassword));
    return account;
  }

  void refused(String address) {
    audit.record(
        AuditEvent.denied(null, null, "password-reset.refused", Map.of("address", address)));
  }
}
