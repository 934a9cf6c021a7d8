package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * When an email address is being slowed, its account is e-mailed a single-use link. Opening it
 * changes nothing; pressing its button unlocks sign-in and makes that browser a known device, so
 * the real person gets in even while the attack goes on.
 */
@FullApplicationTest
class UnlockTests {

  private static final Pattern LINK =
      Pattern.compile("(/sign-in/unlock\\?token=)([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired UnlockLinks links;

  SignInAttemptsHelper signIn;
  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    signIn = new SignInAttemptsHelper(mvc);
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void theRealPersonWithoutTheirDeviceSignsInWithTheEmailedLinkDuringAnAttack() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    attackUntilSlowed(account.email());
    String token = tokenIn(awaitEmailTo(account.email()));
    assertThat(
            signIn.problemAfter(
                signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress())))
        .isEqualTo(ThrottlingTests.WAIT_ONE_MINUTE);

    Document opened = page(mvc.perform(get("/sign-in/unlock").param("token", token)).andReturn());
    assertThat(opened.select("h1").text()).isEqualTo("Unlock sign-in");
    assertThat(opened.select("form button").text()).isEqualTo("Unlock sign-in");
    assertThat(unlocks(account.email())).as("opening the link changes nothing").isZero();

    MvcResult pressed = press(token);
    Cookie device = SignInAttemptsHelper.deviceCookie(pressed);
    assertThat(pressed.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?unlocked");
    assertThat(device).isNotNull();
    assertThat(unlocks(account.email())).isEqualTo(1);
    assertThat(testAccounts.auditCount("sign-in.unlocked", "account", account.id().toString()))
        .isEqualTo(1);

    attackUntilSlowed(account.email());
    String phone = newAddress();
    MvcResult realPerson = signIn.attempt(account.email(), TestAccounts.PASSWORD, phone, device);
    assertThat(SignInAttemptsHelper.signedIn(realPerson)).isTrue();
  }

  @Test
  void theSignInPageSaysALinkIsOnItsWayAndThenThatSignInIsUnlocked() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    attackUntilSlowed(account.email());

    Document slowed =
        signIn.pageAfter(signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress()));
    Document unlocked = page(mvc.perform(get("/sign-in").param("unlocked", "")).andReturn());

    assertThat(slowed.select(".nhsuk-inset-text").text())
        .contains("we have emailed you a link to sign in sooner");
    assertThat(unlocked.select(".nhsuk-notification-banner").text())
        .contains("Sign-in is unlocked on this device");
  }

  @Test
  void aLinkWorksOnlyOnce() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    String token = links.issue(account.email(), Clock.systemUTC()).orElseThrow().token();
    press(token);

    MvcResult again = press(token);

    assertThat(again.getResponse().getStatus()).isEqualTo(200);
    assertThat(page(again).select("h1").text()).isEqualTo("This link does not work");
    assertThat(SignInAttemptsHelper.deviceCookie(again)).isNull();
    assertThat(unlocks(account.email())).isEqualTo(1);
  }

  @Test
  void anExpiredLinkSaysSoAndUnlocksNothing() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    Instant anHourAndAMinuteAgo = Instant.now().minus(Duration.ofMinutes(61));
    String token =
        links
            .issue(account.email(), Clock.fixed(anHourAndAMinuteAgo, ZoneOffset.UTC))
            .orElseThrow()
            .token();

    Document opened = page(mvc.perform(get("/sign-in/unlock").param("token", token)).andReturn());
    MvcResult pressed = press(token);

    assertThat(opened.select("h1").text()).isEqualTo("This link does not work");
    assertThat(opened.select("a[href=/sign-in]")).isNotEmpty();
    assertThat(page(pressed).select("h1").text()).isEqualTo("This link does not work");
    assertThat(unlocks(account.email())).isZero();
  }

  @Test
  void aMadeUpOrMissingLinkSaysSo() throws Exception {
    for (var request :
        new org.springframework.test.web.servlet.RequestBuilder[] {
          get("/sign-in/unlock"),
          get("/sign-in/unlock").param("token", "A".repeat(43)),
          get("/sign-in/unlock").param("token", "<script>"),
          post("/sign-in/unlock").with(csrf())
        }) {
      MvcResult result = mvc.perform(request).andReturn();
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      assertThat(page(result).select("h1").text()).isEqualTo("This link does not work");
    }
  }

  @Test
  void sendsAnAccountAtMostOneLinkAnHourAndNoneToAnEmailWithoutAnAccount() {
    Account account = testAccounts.create(Role.PATIENT, null);
    Instant now = Instant.now();

    assertThat(links.issue(account.email(), Clock.fixed(now, ZoneOffset.UTC))).isPresent();
    assertThat(links.issue(account.email(), Clock.fixed(now.plusSeconds(3_599), ZoneOffset.UTC)))
        .isEmpty();
    assertThat(links.issue(account.email(), Clock.fixed(now.plusSeconds(3_601), ZoneOffset.UTC)))
        .isPresent();
    assertThat(links.issue("nobody-" + account.id() + "@example.org", Clock.systemUTC())).isEmpty();
  }

  @Test
  void storesOnlyAHashOfTheLink() {
    Account account = testAccounts.create(Role.PATIENT, null);
    String token = links.issue(account.email(), Clock.systemUTC()).orElseThrow().token();

    assertThat(
            jdbc.sql(
                    "select count(*) from sign_in_unlock where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from sign_in_unlock where account_id = ?")
                .param(account.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  /** Five wrong passwords from different addresses, then one refused attempt. */
  private void attackUntilSlowed(String email) throws Exception {
    for (int i = 0; i < 6; i++) {
      signIn.attempt(email, "attacker guess " + i, newAddress());
    }
  }

  private MvcResult press(String token) throws Exception {
    return mvc.perform(
            post("/sign-in/unlock")
                .param("token", token)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(newAddress());
                      return request;
                    }))
        .andReturn();
  }

  private static MimeMessage awaitEmailTo(String email) {
    return TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), email)[0];
  }

  private static String tokenIn(MimeMessage email) throws Exception {
    Matcher link = LINK.matcher(email.getContent().toString());
    assertThat(link.find()).as("the e-mail has an unlock link").isTrue();
    assertThat(email.getContent().toString())
        .doesNotContain(TestAccounts.PASSWORD)
        .doesNotContain("attacker guess");
    return link.group(2);
  }

  private int unlocks(String email) {
    return jdbc.sql("select count(*) from sign_in_attempt where email = ? and outcome = 'UNLOCKED'")
        .param(email.toLowerCase())
        .query(Integer.class)
        .single();
  }

  private static Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private static String newAddress() {
    return SignInAttemptsHelper.newAddress();
  }
}
