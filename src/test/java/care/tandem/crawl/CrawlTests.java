package care.tandem.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.RouteCatalogue.Route;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Visits every GET route and every page linked from the start page as each kind of viewer, over
 * real HTTP (the shared crawl every page gate uses), and checks each answer: no server error, no
 * stack trace, one H1 and a title.
 */
@FullApplicationTest
@Order(1) // the first page gate: it crawls as each kind of viewer for all the gates
@PageGate("crawl")
@Execution(ExecutionMode.SAME_THREAD)
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
                            visitor -> SharedCrawl.pages(port, visitor, routes).values().stream())
                        .map(
                            page ->
                                dynamicTest(
                                    page.requested(), () -> PageChecks.assertSound(page)))));
  }

  @Test
  void findsTheDeclaredRoutesAndFollowsLinksBeyondThem() {
    List<Route> routes = RouteCatalogue.getRoutes(mapping);
    assertThat(routes).extracting(Route::pattern).contains("/");
    var pages = SharedCrawl.pages(port, DemoRole.ANONYMOUS, routes);
    assertThat(pages).containsKey("/");
    assertThat(pages.values()).allSatisfy(page -> assertThat(page.requested()).startsWith("/"));
  }
}
