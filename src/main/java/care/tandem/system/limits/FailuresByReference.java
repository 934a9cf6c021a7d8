package care.tandem.system.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on a request that failed inside Tandem: logs a reference and where it failed, never
 * the exception's message (Tomcat's own log of it, which would, is off), and sends the 500 error
 * page, which shows the same reference for the person to quote.
 */
final class FailuresByReference extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FailuresByReference.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (failure.getClass().getSimpleName().equals("ClientAbortException")) {
        return;
      }
      String reference = Failures.reference();
      log.error(
          "{} {} failed (reference {}): {}",
          request.getMethod(),
          request.getRequestURI(),
          reference,
          Failures.withoutMessages(failure));
      if (!response.isCommitted()) {
        request.setAttribute(Failures.REFERENCE, reference);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      }
    }
  }
}
