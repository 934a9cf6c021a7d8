package care.tandem.system.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A module's own limit on request bodies under a path prefix, and how it says no (413). A module
 * declares one as a bean; every other path gets {@link RequestBodyLimits#FORMS}.
 */
public record BodyLimit(String pathPrefix, long maxBytes, Refusal refusal) {

  /** The page's answer: the 413 error page. */
  public static final Refusal ERROR_PAGE =
      (request, response) -> response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);

  public BodyLimit(String pathPrefix, long maxBytes) {
    this(pathPrefix, maxBytes, ERROR_PAGE);
  }

  boolean covers(String path) {
    return path.equals(pathPrefix)
        || path.startsWith(pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/");
  }

  /** Writes the 413 response, in the form its callers expect. */
  @FunctionalInterface
  public interface Refusal {
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }
}
