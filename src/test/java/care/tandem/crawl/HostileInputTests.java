package care.tandem.crawl;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.RouteCatalogue.Route;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed, oversized and hostile GET requests to every declared route, as a visitor and as each
 * kind of signed-in account, get a 4xx or a normal page: never a server error, never a stack trace.
 */
@FullApplicationTest
@Order(2)
@PageGate("hostile input")
class HostileInputTests {

  /** Static files go through a different handler; one of each kind is attacked too. */
  private static final List<String> STATIC_FILES =
      List.of("/nhsuk/nhsuk-frontend.min.css", "/js/tandem.js", "/assets/images/favicon.svg");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @TestFactory
  Stream<DynamicNode> everyGetRouteSurvivesHostileInput() {
    List<Route> routes = RouteCatalogue.getRoutes(mapping);
    return DemoRole.crawled().stream()
        .map(
            role ->
                dynamicContainer(
                    "as " + role, Stream.of(role).flatMap(visitor -> testsFor(visitor, routes))));
  }

  private Stream<DynamicNode> testsFor(DemoRole role, List<Route> routes) {
    SiteClient client = SharedCrawl.visitor(port, role);
    String cookie =
        client.cookies().entrySet().stream()
            .map(entry -> entry.getKey() + "=" + entry.getValue())
            .collect(Collectors.joining("; "));
    var discovered = SharedCrawl.pages(port, role, routes).keySet();
    List<Route> targets = new ArrayList<>(routes);
    STATIC_FILES.forEach(file -> targets.add(new Route(file, Set.of())));
    return targets.stream()
        .flatMap(
            route ->
                route.examples(discovered).stream().limit(1).map(path -> Map.entry(route, path)))
        .map(
            target ->
                dynamicTest(
                    target.getValue(),
                    () ->
                        assertSurvives(
                            HostileRequests.forRoute(
                                target.getValue(), target.getKey().parameters(), cookie))));
  }

  private static String shorten(String target) {
    return target.length() <= 120 ? target : target.substring(0, 120) + "…";
  }

  private void assertSurvives(List<HostileRequests.Request> requests) {
    RawHttp http = new RawHttp(port);
    List<String> failures = new ArrayList<>();
    for (HostileRequests.Request request : requests) {
      RawHttp.Answer answer = http.get(request.target(), request.headers());
      Page asPage =
          new Page(
              request.target(),
              URI.create("http://localhost/"),
              List.of(answer.status()),
              "",
              answer.body());
      List<String> problems = PageChecks.problemsWith(asPage);
      if (!problems.isEmpty()) {
        failures.add(
            request.name()
                + " (GET "
                + shorten(request.target())
                + "): "
                + String.join("; ", problems));
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
  }
}
