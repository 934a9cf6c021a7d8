package care.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path on this site, never to a host: a saved address ("where you were going"),
 * built from the request's Host header when it was saved, is cut to its path and query. With
 * Tomcat's relative redirects on, no Location header Tandem sends names a host.
 */
final class PathOnlyRedirects implements RedirectStrategy {

  @Override
  public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
  }

  static String pathOf(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException unreadable) {
      return "/";
    }
    String path = uri.getRawPath();
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      return "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
