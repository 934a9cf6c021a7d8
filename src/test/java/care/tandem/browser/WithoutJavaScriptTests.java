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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * With JavaScript switched off in the browser every page still shows its content, and the forms
 * people rely on still send: JavaScript only ever improves a page. The crawl's pages are read on a
 * phone's width, where none may scroll sideways (WCAG reflow).
 */
@FullApplicationTest
@Order(4)
@PageGate("without JavaScript")
class WithoutJavaScriptTests {

  @RegisterExtension static final Browser browser = Browser.withoutJavaScript();

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void theBrowserReallyRunsNoJavaScript() {
    browser.open("/");
    assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("js-enabled");
  }

  @Test
  void aPractitionerCanSignInSearchAndSaveToTheirPlan() {
    KeyboardJourney journey = KeyboardJourney.withoutJavaScript(browser);
    journey.givenIAmSignedOutOn("/sign-in");

    journey.whenISignInAs(DemoRole.VOLUNTEER).followLink("Guide");
    journey.fillIn("Search the guide", "pain").pressEnterToSend();
    journey.thenIAmOn("/guide/search").followFirstLinkTo("/guide/problems/");
    String problem = journey.heading();
    journey.pressButton("Add this problem to my plan: " + problem);

    journey.thenTheHeadingIs("My improvement plan").thenThePageSays(problem);
  }

  /**
   * Every kind of page each kind of viewer reaches (chosen from the shared crawl as the axe gate
   * chooses them: each route's distinct contents and headers) shows its heading and content, and
   * fits a phone's width without scrolling sideways.
   */
  @TestFactory
  Stream<DynamicNode> everyPageShowsItsHeadingAndContentOnAPhoneWithoutScrollingSideways() {
    var routes = RouteCatalogue.getRoutes(mapping);
    // Layout differs by template and viewer far more than by content: one content per route and
    // viewer, and every new header.
    AxeCoverage chosen = new AxeCoverage(routes, 1);
    workers = new BrowserWorkers(port, false, BROWSERS);
    List<DynamicNode> roles = new ArrayList<>();
    for (DemoRole role : DemoRole.crawled()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (Page page : SharedCrawl.pages(port, role, routes).values()) {
        if (page.isHtml() && chosen.needsChecking(role, page)) {
          Future<?> check = workers.submit(role, browser -> showsContent(browser, page));
          tests.add(dynamicTest(page.requested(), () -> BrowserWorkers.await(check)));
        }
      }
      roles.add(dynamicContainer("as " + role, tests));
    }
    return roles.stream();
  }

  /** Two browsers side by side: the checks of a page are independent of each other. */
  private static final int BROWSERS = 2;

  private static @Nullable BrowserWorkers workers;

  @AfterAll
  static void stopTheWorkers() {
    if (workers != null) {
      workers.close();
    }
  }

  private static void showsContent(Browser browser, Page page) {
    browser.asAPhone();
    browser.open(page.requested());
    assertThat(browser.sidewaysOverflow())
        .as("%s: CSS pixels wider than a %d pixel phone", page.requested(), Browser.PHONE_WIDTH)
        .isZero();
    WebElement heading = browser.driver().findElement(By.tagName("h1"));
    assertThat(heading.isDisplayed()).as("the H1 is visible").isTrue();
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .as("the main content")
        .isNotBlank();
  }
}
