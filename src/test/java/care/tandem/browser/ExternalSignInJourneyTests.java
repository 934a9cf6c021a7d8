package care.tandem.browser;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.NhsNumber;
import care.tandem.care.People;
import care.tandem.coverage.Journey;
import care.tandem.crawl.DemoRole;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.external.TestOpenIdProvider;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * NHS login and NHS CIS2 in a real browser against the test OpenID provider, with axe on Tandem's
 * pages: a person whose record a practitioner made signs in with NHS login and lands on their own
 * record; a nurse not yet known to Tandem is told to ask their service lead, an admin adds their
 * CIS2 user ID, and they sign in with NHS CIS2 to their home. Tandem is reached at 127.0.0.1, the
 * loopback address the provider accepts redirects to on any port.
 */
@FullApplicationTest
@Journey
class ExternalSignInJourneyTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void aPersonWithNhsLoginAndANurseWithCis2SignIn() {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // A practitioner has added Jo, with her NHS number; Jo signs in with NHS login.
    Account physio = story.practitioner("Ada Physio", Discipline.PHYSIOTHERAPIST);
    NhsNumber nhsNumber = CareRecords.newNhsNumber();
    UUID person =
        people
            .startCare(
                CareRecords.details(nhsNumber), "Lead", UUID.randomUUID(), CareRecords.as(physio))
            .id();
    String jo = "jo-" + UUID.randomUUID();
    TestOpenIdProvider.addNhsLoginUser(
        jo,
        Map.of(
            "nhs_number", nhsNumber.digits(),
            "birthdate", "1980-05-17",
            "email", jo + "@example.org",
            "identity_proofing_level", "P9",
            "vot", "P9.Cp.Cd",
            "given_name", "Jo",
            "family_name", "Person"));
    signedOutOnSignInPage();
    toProviderWith("Continue with NHS login");
    signInAtProvider(jo);
    journey.thenIAmOn("/home");
    tandem("/my-record");
    journey.thenIAmOn("/people/" + person);
    journey.pressButton("Sign out");

    // Sam, a nurse at a trust Tandem knows by its ODS code, is not registered for CIS2 yet.
    UUID trust = UUID.randomUUID();
    String ods = "J" + trust.toString().substring(0, 4).toUpperCase();
    jdbc.sql(
            "insert into organisation (id, name, kind, ods_code, created_at, updated_at)"
                + " values (?, ?, 'NHS_TRUST', ?, now(), now())")
        .params(trust, "Journey trust " + trust, ods)
        .update();
    Account sam = story.practitioner("Sam Nurse", Discipline.MENTAL_HEALTH_PRACTITIONER);
    jdbc.sql("insert into account_organisation (account_id, organisation_id) values (?, ?)")
        .params(sam.id(), trust)
        .update();
    String cis2Id = String.valueOf(500_000_000_000L + (long) (Math.random() * 99_999_999_999L));
    String samAtCis2 = "sam-" + UUID.randomUUID();
    TestOpenIdProvider.addCis2User(samAtCis2, cis2Id, ods, "AAL2_ANY");
    signedOutOnSignInPage();
    toProviderWith("NHS staff: sign in with NHS CIS2");
    signInAtProvider(samAtCis2);
    journey.thenTheHeadingIs("You could not sign in").thenThePageSays("Ask your service lead");

    // An admin adds Sam's CIS2 user ID; Sam signs in with NHS CIS2.
    signedOutOnSignInPage();
    journey.whenISignInAs(DemoRole.ADMIN);
    tandem("/admin/accounts/" + sam.id());
    journey.followLink("NHS CIS2 user ID");
    journey.fillIn("NHS CIS2 user ID", cis2Id).pressButton("Save");
    journey.thenThePageSays("NHS CIS2 user ID saved").pressButton("Sign out");
    signedOutOnSignInPage();
    toProviderWith("NHS staff: sign in with NHS CIS2");
    signInAtProvider(samAtCis2);
    journey.thenIAmOn("/home").thenThePageSays("Your people");
  }

  /** Tandem at 127.0.0.1, with no cookies there (Tandem's or the provider's). */
  private void signedOutOnSignInPage() {
    tandem("/favicon.ico");
    browser.driver().manage().deleteAllCookies();
    tandem("/sign-in");
  }

  private void tandem(String path) {
    browser.driver().get("http://127.0.0.1:" + browser.port() + path);
  }

  /** Follows the sign-in page's button to the provider, whose own pages have no Tandem footer. */
  private void toProviderWith(String button) {
    browser.driver().findElement(By.linkText(button)).click();
    waitUntil(driver -> driver.getCurrentUrl().startsWith(TestOpenIdProvider.issuer() + "/login"));
  }

  /**
   * The provider's own sign-in form (not Tandem's page, so not checked with axe); then back at
   * Tandem, whose page is.
   */
  private void signInAtProvider(String username) {
    browser.driver().findElement(By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(TestOpenIdProvider.PASSWORD);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    String tandem = "http://127.0.0.1:" + browser.port() + "/";
    waitUntil(
        driver ->
            driver.getCurrentUrl().startsWith(tandem)
                && !driver.findElements(By.tagName("footer")).isEmpty());
    Axe.assertNoViolations(browser.driver());
  }

  private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition::apply);
  }
}
