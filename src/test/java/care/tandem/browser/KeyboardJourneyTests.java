package care.tandem.browser;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.Journey;
import care.tandem.crawl.DemoRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A practitioner who cannot use a mouse signs in, searches the guide, opens a problem and saves it
 * to their improvement plan with Tab, Enter, Space and typing alone; every page on the way passes
 * axe.
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
}
