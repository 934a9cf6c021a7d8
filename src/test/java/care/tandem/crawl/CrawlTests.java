package care.tandem.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import care.tandem.crawl.RouteCatalogue.Route;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Visits every GET route and every page linked from the start page as every role, over real HTTP,
 * and checks each answer: no server error, no stack trace, one H1 and a title.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CrawlTests {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @TestFactory
  Stream<DynamicNode> everyPageReachedByEveryRoleIsSound() {
    List<Route> routes = RouteCatalogue.getRoutes(mapping);
    return DemoRole.crawled().stream()
        .map(
            role ->
                dynamicContainer(
                    "as " + role,
                    Stream.of(role)
                        .flatMap(
                            visitor ->
                                SiteMap.discover(SiteClient.signedInAs(port, visitor), routes)
                                    .values()
                                    .stream())
                        .map(
                            page ->
                                dynamicTest(
                                    page.requested(), () -> PageChecks.assertSound(page)))));
  }

  @Test
  void findsTheDeclaredRoutesAndFollowsLinksBeyondThem() {
    List<Route> routes = RouteCatalogue.getRoutes(mapping);
    assertThat(routes).extracting(Route::pattern).contains("/");
    var pages = SiteMap.discover(SiteClient.at(port), routes);
    assertThat(pages).containsKey("/");
    assertThat(pages.values()).allSatisfy(page -> assertThat(page.requested()).startsWith("/"));
  }
}
