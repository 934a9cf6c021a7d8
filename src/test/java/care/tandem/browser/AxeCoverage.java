package care.tandem.browser;

import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import care.tandem.crawl.RouteCatalogue.Route;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Chooses which crawled pages the browser checks, so that every kind of page is checked without
 * checking the same markup hundreds of times. A page is checked when its content (all but the
 * header) has not been checked before and its route has had fewer than a set number of distinct
 * contents checked (or this kind of viewer has had none checked on it), or when its header (which
 * varies by role and section) has not been checked on any page. Per-request tokens and the
 * signed-in person's name are ignored: they do not change what axe sees.
 *
 * <p>The cap matters for the care record: every goal, plan version, message and timeline filter of
 * every demo person is a page of its own, rendered by the same template as its siblings. A few
 * differing contents per route (an empty and a full one, a different role's view) find what the
 * template can get wrong; the thousandth goal page adds nothing but minutes.
 */
final class AxeCoverage {

  private final List<PathPattern> routes;
  private final Set<String> contents = new HashSet<>();
  private final Set<String> headers = new HashSet<>();
  private final Set<String> viewersPerRoute = new HashSet<>();
  private final Map<String, Integer> contentsPerRoute = new HashMap<>();

  /** For axe: an empty and a full page, say, beside each viewer's own. */
  static final int CONTENTS_PER_ROUTE = 2;

  private final int perRoute;

  AxeCoverage(List<Route> routes) {
    this(routes, CONTENTS_PER_ROUTE);
  }

  /**
   * @param perRoute how many distinct contents of a route to check beyond one for each kind of
   *     viewer
   */
  AxeCoverage(List<Route> routes, int perRoute) {
    this.perRoute = perRoute;
    this.routes =
        routes.stream()
            .map(route -> PathPatternParser.defaultInstance.parse(route.pattern()))
            .sorted(PathPattern.SPECIFICITY_COMPARATOR)
            .toList();
  }

  /** Whether the browser should check this page, which the viewer reached in the crawl. */
  boolean needsChecking(DemoRole viewer, Page page) {
    Document document = page.document();
    document.select("input[type=hidden]").attr("value", "");
    document.select(".nhsuk-header__account-item:not(:has(form, a))").html("");
    Element header = document.selectFirst("header");
    String headerPrint = header == null ? "" : sha256(header.outerHtml());
    if (header != null) {
      header.remove();
    }
    String route = routeOf(page);
    String content = sha256(document.outerHtml());
    boolean unseen = !contents.contains(content);
    boolean roomOnRoute = contentsPerRoute.getOrDefault(route, 0) < perRoute;
    boolean viewerNotYetHere = !viewersPerRoute.contains(viewer + " " + route);
    boolean newHeader = headers.add(headerPrint);
    if ((unseen && (roomOnRoute || viewerNotYetHere)) || newHeader) {
      contents.add(content);
      contentsPerRoute.merge(route, 1, Integer::sum);
      viewersPerRoute.add(viewer + " " + route);
      return true;
    }
    return false;
  }

  private String routeOf(Page page) {
    PathContainer path = PathContainer.parsePath(page.address().getRawPath());
    return routes.stream()
        .filter(pattern -> pattern.matches(path))
        .findFirst()
        .map(PathPattern::getPatternString)
        .orElse(page.address().getRawPath());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
