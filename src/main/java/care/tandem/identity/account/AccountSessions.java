package care.tandem.identity.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node (they live in PostgreSQL), so deactivation, a role
 * change or a password reset takes effect at once rather than when the session times out.
 */
@Component
class AccountSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session of the account except {@code keep} (the caller's own), if given. */
  void endAll(UUID accountId, @Nullable String keep) {
    for (String sessionId : sessions.findByPrincipalName(accountId.toString()).keySet()) {
      if (!sessionId.equals(keep)) {
        sessions.deleteById(sessionId);
      }
    }
  }
}
