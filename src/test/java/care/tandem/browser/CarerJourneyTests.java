package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.People;
import care.tandem.coverage.Journey;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A carer journey with consent given and withdrawn (issue 13), in a real browser over HTTP: Robin
 * invites their daughter to read the plan and write in the conversation; she follows the e-mailed
 * link (GreenMail), makes her account, reads the plan and writes a message; Robin withdraws the
 * consent, and her next look at the record is refused. Keyboard only, axe on every page.
 */
@FullApplicationTest
@Journey
class CarerJourneyTests {

  private static final Pattern LINK =
      Pattern.compile("(/carer-invitation\\?token=[A-Za-z0-9_-]{43})");

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void robinsDaughterHelpsWithConsentUntilRobinWithdrawsIt() throws Exception {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account robinsAccount = story.patient("Robin Hartley");
    UUID robin = story.personCaredForBy("Robin", "Hartley", priya, "Physiotherapist");
    story.link(robin, robinsAccount);
    String email = "daughter-" + UUID.randomUUID() + "@example.org";
    String record = "/people/" + robin;
    String message = "Dad found the new exercises easier this week.";
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // Robin invites their daughter and chooses what she may do.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(robinsAccount);
    journey.givenIAmOn(record).followLink("People who help me");
    journey.thenTheHeadingIs("People who help me").followLink("Invite someone who helps me");
    journey.fillIn("Their name", "Kim Hartley").fillIn("How are they related to you?", "Daughter");
    journey.fillIn("Their email address", email);
    journey.tick("Read the care plan").tick("Read and write in the conversation");
    journey.pressButton("Send the invitation").thenThePageSays("We have emailed Kim Hartley");
    journey.pressButton("Sign out");

    // Kim follows the e-mailed link, makes her account, reads the plan and writes a message.
    MimeMessage[] mail = TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), email);
    Matcher link = LINK.matcher((String) mail[0].getContent());
    assertThat(link.find()).isTrue();
    journey
        .givenIAmSignedOutOn(link.group(1))
        .thenTheHeadingIs("Help Robin Hartley with their care");
    journey.fillIn("Choose a password", TestAccounts.PASSWORD).pressButton("Create account");
    journey.thenTheHeadingIs("Your account is ready").followFirstLinkTo("/sign-in");
    journey.whenISignInWith(email, TestAccounts.PASSWORD).thenIAmOn("/helping");
    journey.followLink("Open Robin Hartley's record").thenTheHeadingIs("Robin Hartley's record");
    journey.followFirstLinkTo(record + "/plan").thenTheHeadingIs("Care plan");
    journey.givenIAmOn(record).followFirstLinkTo(record + "/conversation");
    journey.fillIn("Message", message).pressButton("Post message");
    journey.thenThePageSays("Your message has been posted.");
    journey.thenThePageSays("Kim Hartley (helping Robin Hartley)");
    journey.pressButton("Sign out");

    // Robin withdraws the consent; Kim's next look at the record is refused.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(robinsAccount);
    journey.givenIAmOn(record + "/helpers").pressButton("Stop Kim Hartley seeing my record");
    journey.thenThePageSays("Kim Hartley can no longer see or do anything in your record");
    journey.pressButton("Sign out");
    journey.givenIAmSignedOutOn("/sign-in").whenISignInWith(email, TestAccounts.PASSWORD);
    journey.thenIAmOn("/helping").thenThePageSays("Nobody has asked you to help them");
    journey.givenIAmOn(record + "/plan").thenTheHeadingIs("Page not found");
  }
}
