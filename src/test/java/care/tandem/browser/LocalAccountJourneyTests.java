package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.coverage.PageGate;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.twofactor.AuthenticatorApp;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person with a local account, by keyboard with axe on every page: they have forgotten their
 * password, reset it with the e-mailed link (GreenMail), sign in, set up two-factor sign-in with
 * the key shown on the page (the code worked out here, as their app would), then sign in again with
 * their password and a code from the app.
 */
@FullApplicationTest
// Axe runs on every page it reaches, so it is the axe gate for pages only a journey can reach.
@PageGate("axe")
class LocalAccountJourneyTests {

  private static final Pattern LINK =
      Pattern.compile("(/sign-in/reset-password\\?token=[A-Za-z0-9_-]{43})");
  private static final String NEW_PASSWORD = "juniper lighthouse parcel";

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aPersonResetsTheirPasswordThenSignsInWithTwoFactor() throws Exception {
    Account person = new TestAccounts(accounts, jdbc).create(Role.PATIENT, null);
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // Forgotten password: the e-mailed link, a new password, then sign in with it.
    journey.givenIAmSignedOutOn("/sign-in").followLink("Forgotten your password?");
    journey.thenTheHeadingIs("Reset your password").fillIn("Email address", person.email());
    journey.pressButton("Send me a link").thenTheHeadingIs("Check your email");
    String email =
        TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), person.email())[0]
            .getContent()
            .toString();
    Matcher link = LINK.matcher(email);
    assertThat(link.find()).isTrue();
    journey.givenIAmOn(link.group(1)).thenTheHeadingIs("Choose a new password");
    journey.fillIn("New password", NEW_PASSWORD).fillIn("New password again", NEW_PASSWORD);
    journey.pressButton("Save new password").thenIAmOn("/sign-in");
    journey.thenThePageSays("Your password has been changed");
    journey.whenISignInWith(person.email(), NEW_PASSWORD).thenIAmOn("/home");

    // Two-factor set-up: the key typed into the app, its first code, the recovery codes.
    journey.givenIAmOn("/account/password").followLink("Two-factor sign-in");
    journey.thenTheHeadingIs("Set up two-factor sign-in");
    String key = browser.driver().findElement(By.id("two-factor-key")).getText();
    journey.fillIn("Code", AuthenticatorApp.code(key, 0));
    journey.pressButton("Turn on two-factor sign-in").thenTheHeadingIs("Save your recovery codes");
    assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    journey.pressButton("Sign out");

    // Signing in again: the password, then the app's next code.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInWith(person.email(), NEW_PASSWORD);
    journey.thenIAmOn("/sign-in/two-factor").thenTheHeadingIs("Enter the code from your app");
    journey.fillIn("Code", AuthenticatorApp.code(key, 1)).pressButton("Continue");
    journey.thenIAmOn("/home");
    journey.givenIAmOn("/account/sessions").thenTheHeadingIs("Where you are signed in");
    journey.thenThePageSays("(this device)");
  }
}
