package care.tandem.identity.reset;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.audit.AuditLog;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Forgotten your password?": the e-mailed link, the same answer for an address with no account,
 * the link's single use and 30 minutes, every session ended, and bad input changing nothing.
 */
@FullApplicationTest
class PasswordResetTests {

  static final Pattern LINK =
      Pattern.compile("/sign-in/reset-password\\?token=([A-Za-z0-9_-]{43})");
  private static final String NEW_PASSWORD = "copper meadow kettle";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired PasswordResetLinks links;
  @Autowired AuditLog audit;

  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void theEmailedLinkSetsANewPasswordAndEndsEverySession() throws Exception {
    Account account = testAccounts.create(Role.PRACTITIONER, Discipline.GP);
    TestBrowser phone = new TestBrowser(port);
    TestBrowser laptop = new TestBrowser(port);
    phone.signIn(account.email(), TestAccounts.PASSWORD);
    laptop.signIn(account.email(), TestAccounts.PASSWORD);
    assertThat(sessionsOf(account)).isEqualTo(2);

    TestBrowser forgetful = new TestBrowser(port);
    HttpResponse<String> asked = ask(forgetful, account.email());
    String token =
        tokenIn(TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), account.email())[0]);
    Document opened = page(forgetful.get("/sign-in/reset-password?token=" + token));
    HttpResponse<String> saved = choose(forgetful, token, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(asked.headers().firstValue("Location")).hasValue("/sign-in/forgotten-password?sent");
    assertThat(opened.select("h1").text()).isEqualTo("Choose a new password");
    assertThat(saved.headers().firstValue("Location")).hasValue("/sign-in?password-reset");
    assertThat(
            page(forgetful.get("/sign-in?password-reset"))
                .select(".nhsuk-notification-banner")
                .text())
        .contains("Your password has been changed");
    assertThat(sessionsOf(account)).as("every session ended").isZero();
    assertThat(phone.get("/home").statusCode()).isEqualTo(302);
    assertThat(
            new TestBrowser(port)
                .signIn(account.email(), NEW_PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValue("/home");
    assertThat(
            testAccounts.auditCount(
                "account.password-reset-by-email", "account", account.id().toString()))
        .isEqualTo(1);
  }

  @Test
  void anAddressWithNoAccountGetsTheSameAnswerAndNoLink() {
    Account account = testAccounts.create(Role.PATIENT, null);
    String nobody = "nobody-" + account.id() + "@example.org";

    HttpResponse<String> known = ask(new TestBrowser(port), account.email());
    HttpResponse<String> unknown = ask(new TestBrowser(port), nobody);

    assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(302);
    assertThat(unknown.headers().firstValue("Location"))
        .isEqualTo(known.headers().firstValue("Location"));
    Document sent = page(new TestBrowser(port).get("/sign-in/forgotten-password?sent"));
    assertThat(sent.select("h1").text()).isEqualTo("Check your email");
    assertThat(sent.text()).contains("If an account has this email address, we have sent a link");
    TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), account.email());
    // Both were asked before the known address's e-mail came; by now the other would be here too.
    assertThat(TestMailServer.receivedBy(nobody)).isEmpty();
  }

  @Test
  void aLinkWorksOnceAndNotAfterThirtyMinutes() {
    Account account = testAccounts.create(Role.PATIENT, null);
    String token = links.issue(account.email(), Clock.systemUTC()).orElseThrow().token();
    Instant thirtyOneMinutesAgo = Instant.now().minus(Duration.ofMinutes(31));
    String old =
        links
            .issue(account.email(), Clock.fixed(thirtyOneMinutesAgo, ZoneOffset.UTC))
            .orElseThrow()
            .token();
    TestBrowser browser = new TestBrowser(port);

    Document expired = page(browser.get("/sign-in/reset-password?token=" + old));
    choose(browser, token, NEW_PASSWORD, NEW_PASSWORD);
    String hash = passwordHash(account);
    HttpResponse<String> again =
        choose(browser, token, "another fine password", "another fine password");

    assertThat(expired.select("h1").text()).isEqualTo("This link does not work");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(page(again).select("h1").text()).isEqualTo("This link does not work");
    assertThat(passwordHash(account)).as("nothing changed the second time").isEqualTo(hash);
    assertThat(
            testAccounts.auditCount(
                "account.password-reset-by-email", "account", account.id().toString()))
        .isEqualTo(1);
  }

  @Test
  void aWeakOrMismatchedPasswordOrAMissingCsrfTokenChangesNothing() {
    Account account = testAccounts.create(Role.PATIENT, null);
    String token = links.issue(account.email(), Clock.systemUTC()).orElseThrow().token();
    String hash = passwordHash(account);
    TestBrowser browser = new TestBrowser(port);

    Document weak = page(choose(browser, token, "password", "password"));
    Document mismatched = page(choose(browser, token, NEW_PASSWORD, NEW_PASSWORD + "!"));
    HttpResponse<String> forged =
        browser.post(
            "/sign-in/reset-password",
            Map.of("token", token, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

    assertThat(weak.select(".nhsuk-error-summary").text()).contains("12 characters or more");
    assertThat(mismatched.select(".nhsuk-error-summary").text()).contains("do not match");
    assertThat(mismatched.select("input[name=newPassword]").attr("value")).isEmpty();
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(passwordHash(account)).isEqualTo(hash);
    assertThat(links.holder(token, Clock.systemUTC())).as("the link still works").isPresent();
  }

  @Test
  void storesOnlyAHashOfTheLinkAndSlowsOneAddressAskingForMany() {
    Account account = testAccounts.create(Role.PATIENT, null);
    String token = links.issue(account.email(), Clock.systemUTC()).orElseThrow().token();
    assertThat(
            jdbc.sql("select count(*) from password_reset where token_hash = ?")
                .param(PasswordResetLinks.hash(token))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from password_reset where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%")
                .query(Integer.class)
                .single())
        .isZero();

    String address = "10.98.0." + (1 + Math.floorMod(account.id().hashCode(), 250));
    jdbc.sql("delete from password_reset_request where address = ?").param(address).update();
    ResetRequests requests = new ResetRequests(jdbc, audit, 3, Duration.ofMinutes(15));
    assertThat(requests.allow(address, Clock.systemUTC())).isTrue();
    assertThat(requests.allow(address, Clock.systemUTC())).isTrue();
    assertThat(requests.allow(address, Clock.systemUTC())).isTrue();
    assertThat(requests.allow(address, Clock.systemUTC())).isFalse();
  }

  private static HttpResponse<String> ask(TestBrowser browser, String email) {
    return browser.submit(
        "/sign-in/forgotten-password", "/sign-in/forgotten-password", Map.of("email", email));
  }

  private static HttpResponse<String> choose(
      TestBrowser browser, String token, String password, String again) {
    // The CSRF token from the sign-in page: a used link's page has no form.
    return browser.submit(
        "/sign-in",
        "/sign-in/reset-password",
        Map.of("token", token, "newPassword", password, "confirmPassword", again));
  }

  private int sessionsOf(Account account) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(account.id().toString())
        .query(Integer.class)
        .single();
  }

  private String passwordHash(Account account) {
    return jdbc.sql("select password_hash from account where id = ?")
        .param(account.id())
        .query(String.class)
        .single();
  }

  static String tokenIn(MimeMessage email) throws Exception {
    Matcher link = LINK.matcher(email.getContent().toString());
    assertThat(link.find()).as("the e-mail has a reset link").isTrue();
    return link.group(1);
  }

  private static Document page(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }
}
