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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>The first viewer whose crawl reached the route sends every hostile request; the others that
 * reached it send the hostile paths and one hostile query value of each family, since the handler
 * runs with what each viewer may see, but not the hostile headers, which the connector and the
 * content negotiation meet the same way whoever is signed in. The first viewer that did not reach
 * it sends everything too (its handler then meets an unknown id, or the access rules turn it away).
 * The other viewers that did not reach it take the same generic path, so they send a few requests
 * aimed at the layers every request crosses ({@link HostileRequests#FOR_EVERY_VIEWER}) rather than
 * all of them again.
 */
@FullApplicationTest
@Order(2)
@PageGate("hostile input")
class HostileInputTests {

  private static final ExecutorService SENDERS =
      Executors.newFixedThreadPool(
          4,
          task -> {
            Thread thread = new Thread(task, "hostile-requests");
            thread.setDaemon(true);
            return thread;
          });

  /** Static files go through a different handler; one of each kind is attacked too. */
  private static final List<String> STATIC_FILES =
      List.of("/nhsuk/nhsuk-frontend.min.css", "/js/tandem.js", "/assets/images/favicon.svg");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  /** Routes already sent every hostile request as a viewer whose crawl did not reach them. */
  private final Set<String> attackedUnreached = ConcurrentHashMap.newKeySet();

  /** Routes already sent the hostile headers as a viewer whose crawl reached them. */
  private final Set<String> headersSent = ConcurrentHashMap.newKeySet();

  @TestFactory
  Stream<DynamicNode> everyGetRouteSurvivesHostileInput() {
    List<Route> routes = RouteCatalogue.getRoutes(mapping);
    return DemoRole.crawled().stream()
        // A volunteer reaches a subset of the clinician's routes through the same handlers.
        .filter(role -> role != DemoRole.VOLUNTEER)
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
            target -> {
              Route route = target.getKey();
              String path = target.getValue();
              List<HostileRequests.Request> all =
                  HostileRequests.forRoute(path, route.parameters(), cookie);
              List<HostileRequests.Request> requests;
              if (reached(route, path, discovered)) {
                requests =
                    headersSent.add(route.pattern()) ? all : HostileRequests.forAnotherViewer(all);
              } else {
                requests =
                    attackedUnreached.add(route.pattern())
                        ? all
                        : HostileRequests.forEveryViewer(all);
              }
              return dynamicTest(path, () -> assertSurvives(requests));
            });
  }

  private static boolean reached(Route route, String path, Set<String> discovered) {
    return STATIC_FILES.contains(path)
        || discovered.stream().anyMatch(address -> address.split("\\?", 2)[0].equals(path));
  }

  private static String shorten(String target) {
    return target.length() <= 120 ? target : target.substring(0, 120) + "…";
  }

  /**
   * Sends a route's hostile requests a few at a time (the server serves many visitors at once
   * anyway) and lists every one that got a server error or showed internals.
   */
  private void assertSurvives(List<HostileRequests.Request> requests) {
    RawHttp http = new RawHttp(port);
    List<Future<String>> checks =
        requests.stream()
            .map(request -> SENDERS.submit(() -> problemsWith(http, request)))
            .toList();
    List<String> failures = new ArrayList<>();
    for (Future<String> check : checks) {
      try {
        String problems = check.get();
        if (!problems.isEmpty()) {
          failures.add(problems);
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
  }

  private static String problemsWith(RawHttp http, HostileRequests.Request request) {
    RawHttp.Answer answer = http.get(request.target(), request.headers());
    Page asPage =
        new Page(
            request.target(),
            URI.create("http://localhost/"),
            List.of(answer.status()),
            "",
            answer.body());
    List<String> problems = PageChecks.problemsWith(asPage);
    return problems.isEmpty()
        ? ""
        : request.name()
            + " (GET "
            + shorten(request.target())
            + "): "
            + String.join("; ", problems);
  }
}
