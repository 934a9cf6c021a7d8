package care.tandem.crawl;

import care.tandem.crawl.RouteCatalogue.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one visitor can reach: the start pages, every declared GET route (path variables
 * filled from links found on the way) and everything linked from them.
 */
public final class SiteMap {

  private static final List<String> START_PAGES = List.of("/", "/sign-in");

  private SiteMap() {}

  public static Map<String, Page> discover(SiteClient client, List<Route> routes) {
    List<String> seeds = new ArrayList<>(START_PAGES);
    routes.stream().filter(route -> !route.hasVariables()).map(Route::pattern).forEach(seeds::add);
    SiteCrawler crawler = new SiteCrawler(client).crawlFrom(seeds);
    List<String> filled =
        routes.stream()
            .filter(Route::hasVariables)
            .flatMap(route -> route.examples(crawler.pages().keySet()).stream())
            .toList();
    return crawler.crawlFrom(filled).pages();
  }
}
