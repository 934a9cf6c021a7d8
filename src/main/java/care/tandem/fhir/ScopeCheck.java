package care.tandem.fhir;

import care.tandem.fhir.smart.SmartScopes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a registered system's request through when its token allows what the request does: the
 * capability statement for anyone with a token; otherwise a SMART access token needs a scope for
 * the resource type and the interaction (read a resource, search, create). An old-style static
 * token allows what it always did (read and search everything its organisation may see, create
 * questionnaire responses) until its end date. Which records are in reach is {@link ClientReach}'s.
 */
final class ScopeCheck implements AuthorizationManager<RequestAuthorizationContext> {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{0,39}");

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    if (!(authentication.get() instanceof FhirClientAuthentication client)) {
      return new AuthorizationDecision(false);
    }
    SmartScopes scopes = client.scopes();
    HttpServletRequest request = context.getRequest();
    if (scopes == null || allowed(scopes, request)) {
      return new AuthorizationDecision(true);
    }
    FhirRequests.setRefusal(request, FhirRequests.Refusal.INSUFFICIENT_SCOPE);
    return new AuthorizationDecision(false);
  }

  private static boolean allowed(SmartScopes scopes, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest = path.substring(Math.min(path.length(), FhirConfiguration.PATH.length() + 1));
    String[] parts = rest.isEmpty() ? new String[0] : rest.split("/");
    if (parts.length == 1 && parts[0].equals("metadata")) {
      return true;
    }
    // Without a resource type (a search of everything), or pulling in other types with
    // _include or _revinclude, only a scope for every type will do.
    boolean includes =
        request.getParameterMap().keySet().stream()
            .anyMatch(name -> name.startsWith("_include") || name.startsWith("_revinclude"));
    String type =
        parts.length > 0 && TYPE.matcher(parts[0]).matches() && !includes ? parts[0] : "*";
    boolean search = parts.length <= 1 || parts[1].equals("_search");
    return switch (request.getMethod()) {
      case "GET", "HEAD" -> scopes.allow(type, search ? 's' : 'r');
      case "POST" ->
          parts.length == 1
              ? scopes.allow(type, 'c')
              : parts.length == 2 && parts[1].equals("_search") && scopes.allow(type, 's');
      default -> false;
    };
  }
}
