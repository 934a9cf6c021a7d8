package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the inside of a failure out of the response: HAPI would put the exception's class and
 * message in the OperationOutcome. The caller gets a reference to quote; the log gets the detail. A
 * client's mistake (a 4xx HAPI raised on purpose) passes through unchanged.
 */
@Component
@Interceptor
class HiddenServerErrors {

  private static final Logger log = LoggerFactory.getLogger(HiddenServerErrors.class);

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  @Nullable BaseServerResponseException hide(Throwable failure) {
    if (failure instanceof BaseServerResponseException response && response.getStatusCode() < 500) {
      return null;
    }
    String reference = UUID.randomUUID().toString();
    log.error("FHIR request failed (reference {})", reference, failure);
    return new InternalErrorException(
        "Something went wrong in Tandem. Quote reference " + reference + " when you report it.");
  }
}
