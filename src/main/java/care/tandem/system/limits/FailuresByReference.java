package care.tandem.system.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
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
      int sendersMistake = unreadableParameters(failure);
      if (sendersMistake != 0) {
        // An address or form Tomcat cannot decode (%ZZ, bad UTF-8): the sender's mistake.
        log.info("Bad request: parameters could not be read ({})", sendersMistake);
        if (!response.isCommitted()) {
          response.sendError(sendersMistake);
        }
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

  /** The 4xx status of parameters Tomcat could not read, or 0 if that is not what failed. */
  private static int unreadableParameters(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidParameterException invalid) {
        int status = invalid.getErrorCode();
        return status >= 400 && status < 500 ? status : HttpServletResponse.SC_BAD_REQUEST;
      }
    }
    return 0;
  }
}
