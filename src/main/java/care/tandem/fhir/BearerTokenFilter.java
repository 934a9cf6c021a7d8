package care.tandem.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises a registered client by the bearer token in the {@code Authorization} header. A request
 * without one, or with one we do not know (or have revoked), carries on unauthenticated, and the
 * route rules refuse it with a 401 ({@link FhirRefusals}).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final FhirClients clients;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(FhirClients clients) {
    this.clients = clients;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<FhirClient> client = clients.authenticate(header.substring(BEARER.length()).strip());
      if (client.isPresent()) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new FhirClientAuthentication(client.get()));
        contexts.setContext(context);
        FhirRequests.setClient(request, client.get());
      } else {
        FhirRequests.setRefusal(request, FhirRequests.Refusal.UNKNOWN_OR_REVOKED_TOKEN);
      }
    }
    chain.doFilter(request, response);
  }
}
