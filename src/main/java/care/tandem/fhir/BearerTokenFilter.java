package care.tandem.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises a registered client by the bearer token in the {@code Authorization} header: a SMART
 * access token or an old-style static token ({@link FhirClients#recognise}). A request without one,
 * or with one we do not know (or have revoked, or an old-style token past its end date), carries on
 * unauthenticated, and the route rules refuse it with a 401 ({@link FhirRefusals}).
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
      FhirClients.Recognised recognised =
          clients.recognise(header.substring(BEARER.length()).strip());
      FhirClient client = recognised.client();
      if (client != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new FhirClientAuthentication(client, recognised.scopes()));
        contexts.setContext(context);
        FhirRequests.setClient(request, client);
      } else if (recognised.refusal() != null) {
        FhirRequests.setRefusal(request, recognised.refusal());
      }
    }
    chain.doFilter(request, response);
  }
}
