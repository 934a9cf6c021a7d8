package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals before a request reaches the FHIR server, as OperationOutcomes like the server's own:
 * 401 without a token we know (a signed-in browser session is not one), 403 for a SMART access
 * token without the scope for what it asked (WWW-Authenticate {@code insufficient_scope}), 405 for
 * a registered client trying to change something (the interface is read only, apart from creating
 * questionnaire responses).
 */
final class FhirRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String NO_TOKEN =
      "Send the bearer token Tandem issued to your system, in an Authorization header";
  static final String BAD_TOKEN = "This bearer token is not one Tandem knows, or it was revoked";
  static final String TOKEN_ENDED =
      "This old-style token has passed its end date. Use SMART Backend Services: see"
          + " .well-known/smart-configuration";
  static final String SCOPE =
      "This access token has no scope for this. Ask Tandem's admin to allow the scope, then ask"
          + " for a token with it";
  static final String READ_ONLY =
      "Tandem's FHIR interface is read only, except for creating a QuestionnaireResponse";

  private final FhirContext fhir;

  FhirRefusals(FhirContext fhir) {
    this.fhir = fhir;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    unauthorised(request, response);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException {
    if (FhirRequests.refusal(request) == FhirRequests.Refusal.INSUFFICIENT_SCOPE) {
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          "Bearer realm=\"Tandem FHIR\", error=\"insufficient_scope\"");
      write(response, HttpServletResponse.SC_FORBIDDEN, IssueType.FORBIDDEN, SCOPE);
    } else if (FhirRequests.client(request).isPresent()) {
      response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST");
      write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, IssueType.NOTSUPPORTED, READ_ONLY);
    } else {
      unauthorised(request, response);
    }
  }

  private void unauthorised(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FhirRequests.Refusal refusal = FhirRequests.refusal(request);
    boolean badToken = refusal != FhirRequests.Refusal.NO_TOKEN;
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        badToken
            ? "Bearer realm=\"Tandem FHIR\", error=\"invalid_token\""
            : "Bearer realm=\"Tandem FHIR\"");
    String text =
        switch (refusal) {
          case NO_TOKEN -> NO_TOKEN;
          case STATIC_TOKEN_ENDED -> TOKEN_ENDED;
          default -> BAD_TOKEN;
        };
    write(response, HttpServletResponse.SC_UNAUTHORIZED, IssueType.LOGIN, text);
  }

  /** A 413 for a body over {@link RequestSizeLimit#MAX_BODY}, however it was sent. */
  void tooLarge(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        IssueType.TOOLONG,
        RequestSizeLimit.TOO_LARGE);
  }

  /** A 400 for an address or request Tandem cannot read at all. */
  void badRequest(HttpServletResponse response, String text) throws IOException {
    write(response, HttpServletResponse.SC_BAD_REQUEST, IssueType.INVALID, text);
  }

  private void write(HttpServletResponse response, int status, IssueType type, String text)
      throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
    response.setStatus(status);
    response.setContentType("application/fhir+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
  }
}
