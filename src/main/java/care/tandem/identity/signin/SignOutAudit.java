package care.tandem.identity.signin;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records each sign-out in the audit log, before the session is ended. */
@Component
class SignOutAudit implements LogoutHandler {

  private final AuditLog audit;

  SignOutAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void logout(
      HttpServletRequest request,
      HttpServletResponse response,
      @Nullable Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof TandemUser user) {
      audit.record(AuditEvent.success(user.accountId(), user.role().name(), "sign-out", Map.of()));
    }
  }
}
