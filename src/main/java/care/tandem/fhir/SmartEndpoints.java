package care.tandem.fhir;

import care.tandem.fhir.smart.SmartScopes;
import care.tandem.fhir.smart.TokenEndpoint;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SMART Backend Services' two addresses beside the FHIR server, answered in the FHIR routes' own
 * stateless filter chain (so no session, cookie or CSRF token is involved): {@value #CONFIGURATION}
 * for anyone, and the token endpoint ({@value TokenEndpoint#PATH}), which audits each request
 * itself.
 */
final class SmartEndpoints extends OncePerRequestFilter {

  static final String CONFIGURATION = FhirConfiguration.PATH + "/.well-known/smart-configuration";

  private final TokenEndpoint tokens;
  private final String tokenAddress;

  SmartEndpoints(TokenEndpoint tokens, String publicAddress) {
    this.tokens = tokens;
    this.tokenAddress = TokenEndpoint.address(publicAddress);
  }

  /** The SMART configuration document (SMART App Launch 2, for backend services). */
  static Map<String, Object> configuration(String tokenAddress) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("token_endpoint", tokenAddress);
    json.put("grant_types_supported", List.of("client_credentials"));
    json.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
    json.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
    json.put("scopes_supported", SmartScopes.SUPPORTED);
    json.put(
        "capabilities",
        List.of("client-confidential-asymmetric", "permission-v2", "permission-v1"));
    return json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(CONFIGURATION)
        && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
      write(response, 200, configuration(tokenAddress));
    } else if (path.equals(TokenEndpoint.PATH) && "POST".equals(request.getMethod())) {
      FhirRequests.setAudited(request);
      MediaType type = contentType(request);
      TokenEndpoint.Answer answer =
          type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)
              ? tokens.exchange(request.getParameterMap())
              : tokens.notAForm();
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      response.setHeader(HttpHeaders.PRAGMA, "no-cache");
      write(response, answer.status(), answer.body());
    } else {
      chain.doFilter(request, response);
    }
  }

  private static @Nullable MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null
          ? null
          : MediaType.parseMediaType(request.getContentType());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void write(HttpServletResponse response, int status, Map<String, Object> body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONObjectUtils.toJSONString(body));
  }
}
