package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import care.tandem.DemoReaders;
import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import care.tandem.crawl.RouteCatalogue;
import care.tandem.crawl.SharedCrawl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page each role can reach, found by crawling rather than listed by hand, plus the states a
 * crawl cannot reach by links (forms sent with mistakes, error pages), has no axe-core violation.
 *
 * <p>The longest gate, so it runs beside the other gates and journeys rather than in their line,
 * starting as soon as the demo content has been read as it ships (docs/testing.md).
 */
@FullApplicationTest
@Order(3)
@PageGate("axe")
@Execution(ExecutionMode.CONCURRENT)
class AccessibilityTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  /** Two browsers side by side: the checks of a page are independent of each other. */
  private static final int BROWSERS = 2;

  private static @Nullable BrowserWorkers workers;

  @BeforeAll
  static void afterTheDemoReaders() {
    DemoReaders.awaitAll();
  }

  @AfterAll
  static void stopTheWorkers() {
    if (workers != null) {
      workers.close();
    }
  }

  @TestFactory
  Stream<DynamicNode> everyPageEachRoleCanReachHasNoAxeViolations() {
    var routes = RouteCatalogue.getRoutes(mapping);
    AxeCoverage coverage = new AxeCoverage(routes);
    workers = new BrowserWorkers(port, true, BROWSERS);
    List<DynamicNode> roles = new ArrayList<>();
    for (DemoRole role : DemoRole.crawled()) {
      roles.add(dynamicContainer("as " + role, testsFor(role, routes, coverage, workers)));
    }
    return roles.stream();
  }

  /**
   * Crawls as the role, then checks each page not yet checked, then its forms sent empty. The
   * checks start at once in the workers; each test waits for its own.
   */
  private List<DynamicNode> testsFor(
      DemoRole role,
      List<RouteCatalogue.Route> routes,
      AxeCoverage coverage,
      BrowserWorkers workers) {
    Collection<Page> pages = SharedCrawl.pages(port, role, routes).values();
    List<DynamicNode> tests = new ArrayList<>();
    for (Page page : pages) {
      if (page.isHtml() && coverage.needsChecking(role, page)) {
        Future<?> check = workers.submit(role, browser -> check(browser, page.requested()));
        tests.add(dynamicTest(shortName(page.requested()), () -> BrowserWorkers.await(check)));
      }
    }
    for (FormStates state : FormStates.emptySubmissions(role, pages)) {
      Future<?> check =
          workers.submit(
              role,
              browser -> {
                state.reach(browser);
                Axe.assertNoViolations(browser.driver());
              });
      tests.add(dynamicTest(state.toString(), () -> BrowserWorkers.await(check)));
    }
    return tests;
  }

  @TestFactory
  Stream<DynamicNode> pagesShowingMistakesAndErrorsHaveNoAxeViolations() {
    return FormStates.all().stream()
        .map(
            state ->
                dynamicTest(
                    state.toString(),
                    () -> {
                      browser.useSessionOf(SharedCrawl.visitor(port, state.role()));
                      state.reach(browser);
                      Axe.assertNoViolations(browser.driver());
                    }));
  }

  @Test
  void findsTheFormsToSendWithMistakes() {
    var pages =
        SharedCrawl.pages(port, DemoRole.ANONYMOUS, RouteCatalogue.getRoutes(mapping)).values();
    assertThat(FormStates.emptySubmissions(DemoRole.ANONYMOUS, pages))
        .extracting(FormStates::name)
        .anySatisfy(name -> assertThat(name).startsWith("form /sign-in on /sign-in"));
  }

  private static String shortName(String pathAndQuery) {
    return pathAndQuery.length() <= 100 ? pathAndQuery : pathAndQuery.substring(0, 100) + "…";
  }

  private static void check(Browser browser, String pathAndQuery) {
    browser.open(pathAndQuery);
    Axe.assertNoViolations(browser.driver());
  }
}
