package care.tandem.crawl;

import care.tandem.coverage.RenderedTemplates;
import care.tandem.crawl.RouteCatalogue.Route;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One crawl of the site per kind of viewer per test run, shared by every page gate (soundness, axe,
 * without JavaScript, reading ease, hostile input): the first gate to ask crawls, the others reuse
 * the pages and the signed-in visitor, whose repeated requests are answered from memory. Gates may
 * run side by side, so the visitors are safe to share between threads.
 */
public final class SharedCrawl {

  private record Key(int port, DemoRole role) {}

  private static final Map<Key, SiteClient> VISITORS = new ConcurrentHashMap<>();
  private static final Map<Key, Map<String, Page>> PAGES = new ConcurrentHashMap<>();
  private static final Map<Key, Object> CRAWLING = new ConcurrentHashMap<>();

  private SharedCrawl() {}

  /** The one visitor of this kind: signed in once, each page asked for once. */
  public static SiteClient visitor(int port, DemoRole role) {
    return VISITORS.computeIfAbsent(
        new Key(port, role), key -> SiteClient.rememberingSignedInAs(port, role));
  }

  /**
   * Everything the viewer can reach (see {@link SiteMap}), crawled on first use. Gates running side
   * by side crawl different kinds of viewer at once; a second gate wanting the same one waits.
   */
  public static Map<String, Page> pages(int port, DemoRole role, List<Route> routes) {
    Key key = new Key(port, role);
    synchronized (CRAWLING.computeIfAbsent(key, crawling -> new Object())) {
      Map<String, Page> pages = PAGES.get(key);
      if (pages == null) {
        String gate = RenderedTemplates.gate();
        RenderedTemplates.gate("crawl");
        try {
          pages = SiteMap.discover(visitor(port, role), routes);
        } finally {
          RenderedTemplates.gate(gate);
        }
        PAGES.put(key, pages);
      }
      return pages;
    }
  }
}
