package care.tandem.system.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request body while it is read, before anything else sees the request (no session, no
 * security, no parsing): a declared Content-Length over the limit is refused at once; any other
 * body is read through a counting stream that stops one byte past the limit. A form is parsed here
 * (Tomcat's own parser, bounded by {@code server.tomcat.max-http-form-post-size}, which must equal
 * {@link #FORMS}) so a chunked form over the limit is refused too. Each refusal is a 413 in the
 * form the path's callers expect; nothing is stored.
 */
final class RequestBodyLimits extends OncePerRequestFilter {

  /** Every path no module claims: the pages' forms, whose largest real post is about 200 KB. */
  static final long FORMS = 256 * 1024;

  private static final Logger log = LoggerFactory.getLogger(RequestBodyLimits.class);

  private final List<BodyLimit> limits;
  private final BodyLimit forms = new BodyLimit("/", FORMS);

  RequestBodyLimits(List<BodyLimit> limits) {
    this.limits =
        limits.stream()
            .sorted(
                Comparator.comparingInt((BodyLimit limit) -> limit.pathPrefix().length())
                    .reversed())
            .toList();
  }

  BodyLimit limitFor(String path) {
    return limits.stream().filter(limit -> limit.covers(path)).findFirst().orElse(forms);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BodyLimit limit = limitFor(request.getRequestURI());
    if (request.getContentLengthLong() > limit.maxBytes()) {
      refuse(limit, request, response);
      return;
    }
    if (isForm(request)) {
      try {
        request.getParameterMap();
      } catch (InvalidParameterException unreadable) {
        if (unreadable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
          refuse(limit, request, response);
        } else {
          log.info("Bad request: form parameters could not be read");
          response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        return;
      }
    }
    try {
      chain.doFilter(new LimitedRequest(request, limit.maxBytes()), response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!BodyTooLargeException.causedBy(failure) || response.isCommitted()) {
        throw failure;
      }
      refuse(limit, request, response);
    }
  }

  private static void refuse(
      BodyLimit limit, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    log.info("Refused a request body over {} bytes", limit.maxBytes());
    // The rest of the body is not read: the connection closes after the answer.
    response.setHeader("Connection", "close");
    limit.refusal().refuse(request, response);
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }
}
