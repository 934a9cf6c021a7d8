package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Turns away requests far bigger than any real one, before HAPI parses them: an address and query
 * over {@value #MAX_ADDRESS} characters (400), or a body over {@value #MAX_BODY} bytes (413).
 * Nothing Tandem serves needs more; the answer is an OperationOutcome like any other refusal.
 */
@Component
@Interceptor
class RequestSizeLimit {

  static final int MAX_ADDRESS = 2048;
  static final int MAX_BODY = 64 * 1024;

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
  boolean check(HttpServletRequest request) {
    String query = request.getQueryString();
    int length = request.getRequestURI().length() + (query == null ? 0 : query.length());
    if (length > MAX_ADDRESS) {
      throw new InvalidRequestException(
          "This request is too long. Tandem accepts up to " + MAX_ADDRESS + " characters.");
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new PayloadTooLargeException(
          "This request's body is too large. Tandem accepts up to " + MAX_BODY + " bytes.");
    }
    return true;
  }
}
