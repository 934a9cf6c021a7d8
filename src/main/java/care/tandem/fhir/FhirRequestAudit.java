package care.tandem.fhir;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.ConnectedSystems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes sure every FHIR request leaves a row in the audit log. A request that touched a person's
 * record has one already (the care module writes it, about the person, allowed or refused); any
 * other request (the capability statement, a refused token, a malformed query, a search that
 * matched nobody) gets a {@code fhir.request} row here, once the response is known and before it is
 * sent.
 */
final class FhirRequestAudit extends OncePerRequestFilter {

  private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Z][A-Za-z]{0,39}");

  private final AuditLog audit;

  FhirRequestAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The response is held back until its audit row is written: a client never has an answer
    // that was not audited.
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    boolean failed = true;
    try {
      chain.doFilter(request, held);
      failed = false;
    } finally {
      try {
        if (!FhirRequests.personAudited(request)) {
          audit.record(event(request, failed ? 500 : held.getStatus()));
        }
      } finally {
        held.copyBodyToResponse();
      }
    }
  }

  private static AuditEvent event(HttpServletRequest request, int status) {
    Optional<FhirClient> client = FhirRequests.client(request);
    Map<String, String> details = new TreeMap<>();
    details.put("resource", resourceOf(request));
    details.put("status", String.valueOf(status));
    String interaction = FhirRequests.interaction(request);
    details.put("interaction", interaction == null ? request.getMethod() : interaction);
    client.ifPresent(c -> details.put("organisation", c.organisationId().toString()));
    if (status == 401 || FhirRequests.refusal(request) == FhirRequests.Refusal.INSUFFICIENT_SCOPE) {
      details.put("reason", FhirRequests.refusal(request).name().toLowerCase().replace('_', '-'));
    }
    @Nullable UUID actor = client.map(FhirClient::id).orElse(null);
    @Nullable String role = client.isPresent() ? ConnectedSystems.ROLE : null;
    if (status < 400) {
      return AuditEvent.success(actor, role, "fhir.request", details);
    }
    if (status == 401 || status == 403 || status == 405) {
      return AuditEvent.denied(actor, role, "fhir.request", details);
    }
    return AuditEvent.failure(actor, role, "fhir.request", details);
  }

  /** The resource type the path names ("Patient"), "metadata", or "unknown": never raw input. */
  private static String resourceOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest = path.startsWith(FhirConfiguration.PATH + "/") ? path.substring(6) : "";
    String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    if (first.equals("metadata")) {
      return "metadata";
    }
    if (first.equals(".well-known")) {
      return "smart-configuration";
    }
    return RESOURCE_TYPE.matcher(first).matches() ? first : "unknown";
  }
}
