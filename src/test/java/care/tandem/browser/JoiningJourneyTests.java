package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.People;
import care.tandem.coverage.PageGate;
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
 * Joining one's own record with no demo link, in a real browser: Priya adds Jo to Tandem, prints a
 * letter invitation and withdraws it, then invites Jo by email. Jo follows the emailed link, makes
 * an account, confirms their date of birth, reads their plan and writes to the team; the used link
 * then no longer works. Priya reads Jo's message. Keyboard only, axe on every page.
 */
@FullApplicationTest
// Axe runs on every page it reaches, so it is the axe gate for pages only a journey can reach.
@PageGate("axe")
class JoiningJourneyTests {

  private static final Pattern LINK = Pattern.compile("(/join\\?code=[A-Z0-9]{10})");

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void aPersonAddedByTheirPhysioJoinsFromTheEmailAndWritesToTheTeam() throws Exception {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    String family = "Marsh" + UUID.randomUUID().toString().substring(0, 4);
    String josEmail = "jo-" + UUID.randomUUID() + "@example.org";
    String message = "Thank you. My back is a little better this week.";
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // Priya adds Jo, prints a letter, withdraws it, and invites Jo by email instead.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.givenIAmOn("/people/new").thenTheHeadingIs("Add a person");
    journey.fillIn("First name", "Jo").fillIn("Last name", family);
    journey.fillIn("Day", "9").fillIn("Month", "4").fillIn("Year", "1975");
    journey.fillIn("Email address (optional)", josEmail).pressButton("Add person");
    journey.thenTheHeadingIs("Care record");
    String record =
        browser.driver().getCurrentUrl().replaceAll("^.*(/people/[0-9a-f-]{36}).*$", "$1");
    journey.followLink("Invite them to see their record");
    journey.thenTheHeadingIs("Invite Jo " + family + " to see their record");
    journey.choose("Print a letter with a code").pressButton("Send invitation");
    journey.thenTheHeadingIs("Invitation letter").thenThePageSays("/join");
    journey.followLink("Back to invitations").pressButton("Withdraw invitation");
    journey.thenThePageSays("Invitation withdrawn");
    journey.choose("By email").pressButton("Send invitation");
    journey.thenThePageSays("Invitation sent by email").pressButton("Sign out");

    // Jo follows the link in the email, makes an account and proves it is them.
    MimeMessage[] mail = TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(20), josEmail);
    Matcher link = LINK.matcher(mail[0].getContent().toString());
    assertThat(link.find()).isTrue();
    journey.givenIAmSignedOutOn(link.group(1));
    journey.thenTheHeadingIs("Make an account to see your record");
    journey.fillIn("Your name", "Jo " + family).fillIn("Email address", josEmail);
    journey.fillIn("Choose a password", TestAccounts.PASSWORD).pressButton("Make my account");
    journey.thenTheHeadingIs("Confirm your date of birth");
    journey.fillIn("Day", "9").fillIn("Month", "4").fillIn("Year", "1975");
    journey.pressButton("Confirm and see my record");
    journey.thenThePageSays("You have joined your care record").thenTheHeadingIs("Care record");
    journey.followLink("See the care plan").thenTheHeadingIs("Care plan");
    journey.followLink("Back to record").followLink("Read and write messages");
    journey.fillIn("Message", message).pressButton("Post message");
    journey.thenThePageSays("Your message has been posted.");
    journey.givenIAmOn(link.group(1)).thenTheHeadingIs("This invitation has already been used");
    journey.pressButton("Sign out");

    // Priya reads Jo's message.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.thenIAmOn("/home").thenThePageSays("Jo " + family);
    journey.followLinkStartingWith("Messages").thenTheHeadingIs("Messages");
    journey.followFirstLinkTo(record + "/conversation").thenThePageSays(message);
  }
}
