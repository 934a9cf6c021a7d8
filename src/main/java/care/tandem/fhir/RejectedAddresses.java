package care.tandem.fhir;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * An address the security firewall refuses before any filter chain runs (an encoded slash or
 * semicolon, say). On the FHIR routes the caller gets a 400 OperationOutcome, not an HTML page, and
 * the refusal is audited like every other FHIR request; elsewhere Spring Security's usual 400.
 */
final class RejectedAddresses implements RequestRejectedHandler {

  private final FhirRefusals refusals;
  private final AuditLog audit;
  private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

  RejectedAddresses(FhirRefusals refusals, AuditLog audit) {
    this.refusals = refusals;
    this.audit = audit;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.equals(FhirConfiguration.PATH) && !path.startsWith(FhirConfiguration.PATH + "/")) {
      others.handle(request, response, rejected);
      return;
    }
    audit.record(
        AuditEvent.failure(
            null,
            null,
            "fhir.request",
            Map.of("resource", "unknown", "status", "400", "reason", "rejected-address")));
    refusals.badRequest(response, "Tandem cannot read this address. Check it for odd characters.");
  }
}
