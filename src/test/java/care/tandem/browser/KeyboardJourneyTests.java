package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.Journey;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.SharedCrawl;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A practitioner who cannot use a mouse signs in, searches the guide, opens a problem and saves it
 * to their improvement plan with Tab, Enter, Space and typing alone; every page on the way passes
 * axe. On a phone, the person's own links stay in sight in the header.
 */
@FullApplicationTest
@Journey
class KeyboardJourneyTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Test
  void practitionerSavesAProblemFoundBySearchToTheirPlanUsingOnlyTheKeyboard() {
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    journey.givenIAmSignedOutOn("/sign-in");

    journey.whenISignInAs(DemoRole.PAIN_SPECIALIST).followLink("Guide");
    journey.fillIn("Search the guide", "sleep").pressEnterToSend();
    journey.thenIAmOn("/guide/search").followFirstLinkTo("/guide/problems/");
    String problem = journey.heading();
    journey.pressButton("Add this problem to my plan: " + problem);

    journey.thenTheHeadingIs("My improvement plan").thenThePageSays("Added to your plan");
    journey.thenThePageSays(problem);
  }

  @Test
  void onAPhoneThePersonsOwnLinksStayInTheHeaderAheadOfMore() {
    browser.useSessionOf(SharedCrawl.visitor(browser.port(), DemoRole.PATIENT));
    browser.asAPhone();
    try {
      browser.open("/home");
      List<String> shown =
          browser.driver().findElements(By.cssSelector("nav[aria-label=Menu] a")).stream()
              .filter(WebElement::isDisplayed)
              .map(WebElement::getText)
              .toList();
      assertThat(shown).hasSizeGreaterThan(2);
      assertThat(shown.subList(0, 2))
          .contains("My record")
          .anySatisfy(link -> assertThat(link).startsWith("Messages"));
    } finally {
      browser.asADesktop();
    }
  }

  /** Each common problem's summary, solutions and barriers fit in about three phone screens. */
  @Test
  void onAPhoneEveryProblemPageReachesItsExamplesWithinAboutThreeScreens() {
    browser.forgetSession();
    browser.asAPhone();
    try {
      browser.open("/guide/problems");
      List<String> problems =
          browser.driver().findElements(By.cssSelector("main a[href^='/guide/problems/']")).stream()
              .map(link -> link.getDomAttribute("href"))
              .distinct()
              .toList();
      assertThat(problems).isNotEmpty();
      for (String problem : problems) {
        browser.open(problem);
        Number examplesAt =
            (Number)
                ((JavascriptExecutor) browser.driver())
                    .executeScript(
                        "return document.getElementById('examples').getBoundingClientRect().top"
                            + " + window.scrollY");
        assertThat(examplesAt.doubleValue())
            .as("%s: where the examples start, in CSS pixels", problem)
            .isLessThanOrEqualTo(THREE_PHONE_SCREENS);
      }
    } finally {
      browser.asADesktop();
    }
  }

  /** Three screens of a 390 by 844 pixel phone, with a little give for longer titles. */
  private static final double THREE_PHONE_SCREENS = 3.2 * 844;
}
