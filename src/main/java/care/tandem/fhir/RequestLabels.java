package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.springframework.stereotype.Component;

/**
 * Tells {@link FhirRequestAudit} what HAPI made of a request (read, search-type, metadata...), once
 * HAPI has chosen the method that handles it.
 */
@Component
@Interceptor
class RequestLabels {

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  void label(RequestDetails details, RestOperationTypeEnum operation) {
    if (details instanceof ServletRequestDetails servlet) {
      FhirRequests.setInteraction(servlet.getServletRequest(), operation.getCode());
    }
  }
}
