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
import java.util.stream.Stream;
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
 * people rely on still send: JavaScript only ever improves a page.
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
   * chooses them: each route's distinct contents and headers) shows its heading and content.
   */
  @TestFactory
  Stream<DynamicNode> everyPageShowsItsHeadingAndContent() {
    var routes = RouteCatalogue.getRoutes(mapping);
    AxeCoverage chosen = new AxeCoverage(routes);
    return DemoRole.crawled().stream()
        .map(
            role -> {
              SiteClient visitor = SharedCrawl.visitor(port, role);
              Stream<DynamicNode> signIn =
                  Stream.of(dynamicTest("signed in as " + role, () -> useSessionOf(visitor)));
              Stream<DynamicNode> pages =
                  SharedCrawl.pages(port, role, routes).values().stream()
                      .filter(Page::isHtml)
                      .filter(chosen::needsChecking)
                      .map(page -> dynamicTest(page.requested(), () -> showsContent(page)));
              return dynamicContainer("as " + role, Stream.concat(signIn, pages));
            });
  }

  private static void useSessionOf(SiteClient visitor) {
    browser.useSessionOf(visitor);
  }

  private static void showsContent(Page page) {
    browser.open(page.requested());
    WebElement heading = browser.driver().findElement(By.tagName("h1"));
    assertThat(heading.isDisplayed()).as("the H1 is visible").isTrue();
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .as("the main content")
        .isNotBlank();
  }
}
