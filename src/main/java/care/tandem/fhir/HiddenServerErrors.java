package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import care.tandem.system.limits.BodyTooLargeException;
import care.tandem.system.limits.Failures;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the inside of a failure out of the response: HAPI would put the exception's class and
 * message in the OperationOutcome. The caller gets a reference to quote; the log gets the reference
 * and where it failed, never the exception's message (a parser's message quotes the body). A
 * client's mistake (a 4xx HAPI raised on purpose) passes through unchanged, and a body that grew
 * past its limit while HAPI read it is the 413 it is.
 */
@Component
@Interceptor
class HiddenServerErrors {

  private static final Logger log = LoggerFactory.getLogger(HiddenServerErrors.class);

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  @Nullable BaseServerResponseException hide(HttpServletRequest request, Throwable failure) {
    if (BodyTooLargeException.causedBy(failure) || BodyTooLargeException.wasThrownFor(request)) {
      return RequestSizeLimit.tooLarge();
    }
    if (failure instanceof BaseServerResponseException response && response.getStatusCode() < 500) {
      log.info(
          "FHIR request refused ({}): {}",
          response.getStatusCode(),
          failure.getClass().getSimpleName());
      return null;
    }
    String reference = Failures.reference();
    log.error(
        "FHIR request failed (reference {}): {}", reference, Failures.withoutMessages(failure));
    return new InternalErrorException(
        "Something went wrong in Tandem. Quote reference " + reference + " when you report it.");
  }
}
