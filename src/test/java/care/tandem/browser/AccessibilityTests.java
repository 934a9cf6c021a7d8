package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import care.tandem.crawl.RouteCatalogue;
import care.tandem.crawl.SharedCrawl;
import care.tandem.crawl.SiteClient;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page each role can reach, found by crawling rather than listed by hand, plus the states a
 * crawl cannot reach by links (forms sent with mistakes, error pages), has no axe-core violation.
 */
@FullApplicationTest
@Order(3)
@PageGate("axe")
class AccessibilityTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @TestFactory
  Stream<DynamicNode> everyPageEachRoleCanReachHasNoAxeViolations() {
    var routes = RouteCatalogue.getRoutes(mapping);
    AxeCoverage coverage = new AxeCoverage(routes);
    return DemoRole.crawled().stream()
        .map(
            role ->
                dynamicContainer(
                    "as " + role,
                    Stream.of(role).flatMap(visitor -> testsFor(visitor, routes, coverage))));
  }

  /** Crawls as the role, then checks each page not yet checked, then its forms sent empty. */
  private Stream<DynamicNode> testsFor(
      DemoRole role, List<RouteCatalogue.Route> routes, AxeCoverage coverage) {
    SiteClient client = SharedCrawl.visitor(port, role);
    browser.useSessionOf(client);
    Collection<Page> pages = SharedCrawl.pages(port, role, routes).values();
    Stream<DynamicNode> pageTests =
        pages.stream()
            .filter(Page::isHtml)
            .filter(coverage::needsChecking)
            .map(page -> dynamicTest(shortName(page.requested()), () -> check(page.requested())));
    Stream<DynamicNode> formTests =
        FormStates.emptySubmissions(role, pages).stream()
            .map(
                state ->
                    dynamicTest(
                        state.toString(),
                        () -> {
                          state.reach(browser);
                          Axe.assertNoViolations(browser.driver());
                        }));
    return Stream.concat(pageTests, formTests);
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

  private static void check(String pathAndQuery) {
    browser.open(pathAndQuery);
    Axe.assertNoViolations(browser.driver());
  }
}
