package care.tandem.identity.external;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in with NHS login or NHS CIS2 that failed or was refused: audited with the error's code
 * (never a claim), then a page saying what to do next ({@link SignInNotPossibleController}).
 */
final class ExternalSignInFailure implements AuthenticationFailureHandler {

  private final AuditLog audit;

  ExternalSignInFailure(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String code =
        exception instanceof OAuth2AuthenticationException oauth
            ? oauth.getError().getErrorCode()
            : "authentication_failed";
    code = code.replaceAll("[^A-Za-z0-9_.-]", "");
    code = code.isEmpty() ? "unknown" : code.substring(0, Math.min(code.length(), 60));
    String path = request.getRequestURI();
    Provider provider = Provider.byRegistrationId(path.substring(path.lastIndexOf('/') + 1));
    String via = provider == null ? "unknown" : provider.registrationId();
    audit.record(
        AuditEvent.failure(null, null, "sign-in.failed", Map.of("via", via, "reason", code)));
    response.sendRedirect(
        "/sign-in/not-possible?via=" + via + "&reason=" + NotPossibleReason.of(code).slug());
  }
}
