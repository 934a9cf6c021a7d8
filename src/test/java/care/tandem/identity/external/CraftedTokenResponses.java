package care.tandem.identity.external;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * In front of the test provider's token endpoint: when a test has armed a {@link TokenCrafting} for
 * the authorisation code being exchanged, the real response's ID token is replaced by the crafted
 * one. Every other response passes untouched.
 */
final class CraftedTokenResponses extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String code = request.getParameter("code");
    TokenCrafting crafting = code == null ? null : TestOpenIdProvider.CRAFTED.remove(code);
    if (crafting == null) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper real = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, real);
    byte[] body;
    try {
      Map<String, Object> json =
          JSONObjectUtils.parse(new String(real.getContentAsByteArray(), StandardCharsets.UTF_8));
      SignedJWT idToken = SignedJWT.parse((String) json.get("id_token"));
      json.put("id_token", crafting.craft(idToken, TestOpenIdProvider.get().providerKey()));
      body = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new ServletException("Could not craft the token response", e);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
