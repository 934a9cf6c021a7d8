package care.tandem.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No text a person types has a NUL character in it, and PostgreSQL cannot store or compare one, so
 * a request carrying one in a parameter gets the 400 page before any module sees it — instead of a
 * database error and a 500 wherever the value happens to reach a query.
 */
@Component
class NullCharacterFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasNullCharacter(request.getParameterMap())) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasNullCharacter(Map<String, String[]> parameters) {
    return parameters.entrySet().stream()
        .anyMatch(
            parameter ->
                parameter.getKey().indexOf('\0') >= 0
                    || Arrays.stream(parameter.getValue())
                        .anyMatch(value -> value.indexOf('\0') >= 0));
  }
}
