package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Turns away requests Tandem will not read, before HAPI parses them: an address and query over
 * {@value #MAX_ADDRESS} characters (400), a body over {@value #MAX_BODY} bytes (413: the declared
 * length here; the body itself is counted while it is read by the system module's request body
 * limits, chunked or not), and a body that is not FHIR JSON or XML (415), apart from a search
 * posted as a form. The answer is an OperationOutcome like any other refusal, and never repeats
 * what was sent.
 */
@Component
@Interceptor
class RequestSizeLimit {

  static final int MAX_ADDRESS = 2048;
  static final int MAX_BODY = 64 * 1024;
  static final String TOO_LARGE =
      "This request's body is too large. Tandem accepts up to " + MAX_BODY + " bytes.";
  static final String UNSUPPORTED_TYPE =
      "Tandem accepts FHIR resources as application/fhir+json or application/fhir+xml"
          + " (a search may also be posted as application/x-www-form-urlencoded).";

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
  boolean check(HttpServletRequest request) {
    String query = request.getQueryString();
    int length = request.getRequestURI().length() + (query == null ? 0 : query.length());
    if (length > MAX_ADDRESS) {
      throw new InvalidRequestException(
          "This request is too long. Tandem accepts up to " + MAX_ADDRESS + " characters.");
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      throw tooLarge();
    }
    if (!acceptedBody(request)) {
      throw new UnclassifiedServerFailureException(
          415, UNSUPPORTED_TYPE, outcome(IssueType.NOTSUPPORTED, UNSUPPORTED_TYPE));
    }
    return true;
  }

  static PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException(TOO_LARGE, outcome(IssueType.TOOLONG, TOO_LARGE));
  }

  private static OperationOutcome outcome(IssueType type, String text) {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
    return outcome;
  }

  private static boolean acceptedBody(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || type.isBlank()) {
      return true;
    }
    String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      return request.getMethod().equals("POST") && request.getRequestURI().endsWith("/_search");
    }
    return EncodingEnum.forContentTypeStrict(mediaType) != null;
  }
}
