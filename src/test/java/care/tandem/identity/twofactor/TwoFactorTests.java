package care.tandem.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in over real HTTP: set-up with a code computed from the key on the page, the
 * second step of sign-in, replayed and wrong codes, recovery codes, admins kept on the set-up page,
 * turning it off and an admin's reset.
 */
@FullApplicationTest
class TwoFactorTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void afterThePasswordThePersonIsNotSignedInUntilTheCodeIsRight() {
    Account account = testAccounts.create(Role.PATIENT, null);
    SetUp setUp = setUp(account);
    TestBrowser browser = new TestBrowser(port);

    HttpResponse<String> password = browser.signIn(account.email(), TestAccounts.PASSWORD);
    HttpResponse<String> home = browser.get("/home");
    HttpResponse<String> signedIn = enter(browser, nextCode(setUp.key()));

    assertThat(password.headers().firstValue("Location")).hasValue("/sign-in/two-factor");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/sign-in"));
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/home");
    assertThat(browser.get("/home").statusCode()).isEqualTo(200);
    assertThat(testAccounts.auditCountBy("two-factor.passed", account.id())).isEqualTo(1);
  }

  @Test
  void refusesAWrongCodeAndACodeAlreadyUsed() {
    Account account = testAccounts.create(Role.PATIENT, null);
    SetUp setUp = setUp(account);
    String code = nextCode(setUp.key());
    TestBrowser first = new TestBrowser(port);
    first.signIn(account.email(), TestAccounts.PASSWORD);
    enter(first, code);
    TestBrowser second = new TestBrowser(port);
    second.signIn(account.email(), TestAccounts.PASSWORD);

    Document wrong = page(enter(second, wrongCode(setUp.key())));
    Document replayed = page(enter(second, code));

    assertThat(wrong.select(".nhsuk-error-summary").text()).contains("The code is not right");
    assertThat(replayed.select(".nhsuk-error-summary").text()).contains("used already");
    assertThat(second.get("/home").statusCode()).isEqualTo(302);
    assertThat(testAccounts.auditCountBy("two-factor.failed", account.id())).isEqualTo(2);
  }

  @Test
  void aRecoveryCodeSignsInOnceAndFiveWrongCodesMeanAWait() {
    Account account =
        testAccounts.create(Role.PRACTITIONER, care.tandem.identity.account.Discipline.VOLUNTEER);
    SetUp setUp = setUp(account);
    String recovery = setUp.recoveryCodes().get(3);

    TestBrowser first = new TestBrowser(port);
    first.signIn(account.email(), TestAccounts.PASSWORD);
    HttpResponse<String> withRecovery = enter(first, recovery.toUpperCase());
    TestBrowser second = new TestBrowser(port);
    second.signIn(account.email(), TestAccounts.PASSWORD);
    Document again = page(enter(second, recovery));
    // With the used recovery code: five wrong in all.
    for (int i = 0; i < 4; i++) {
      enter(second, wrongCode(setUp.key()));
    }
    Document waiting = page(enter(second, nextCode(setUp.key())));

    assertThat(withRecovery.headers().firstValue("Location")).hasValue("/home");
    assertThat(again.select(".nhsuk-error-summary").text()).contains("The code is not right");
    assertThat(waiting.select(".nhsuk-error-summary").text()).contains("too many times");
    assertThat(second.get("/home").statusCode()).isEqualTo(302);
    assertThat(testAccounts.auditCountBy("two-factor.throttled", account.id())).isEqualTo(1);
  }

  @Test
  void anAdminIsKeptOnTheSetUpPageUntilTwoFactorIsOn() {
    Account admin = testAccounts.create(Role.ADMIN, null);
    TestBrowser browser = new TestBrowser(port);

    HttpResponse<String> signedIn = browser.signIn(admin.email(), TestAccounts.PASSWORD);
    HttpResponse<String> adminPage = browser.get("/admin");
    Document setUpPage = page(browser.get("/account/two-factor"));
    String key = keyOn(setUpPage);
    Document codes = page(submit(browser, "/account/two-factor", Map.of("code", code(key, 0))));

    assertThat(signedIn.headers().firstValue("Location")).hasValue("/account/two-factor");
    assertThat(adminPage.headers().firstValue("Location")).hasValue("/account/two-factor");
    assertThat(setUpPage.text()).contains("Administrators must use two-factor sign-in");
    assertThat(codes.select("#recovery-codes li")).hasSize(10);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

    Document turnOff =
        page(
            submit(
                browser,
                "/account/two-factor/off",
                Map.of("currentPassword", TestAccounts.PASSWORD)));
    assertThat(turnOff.select(".nhsuk-error-summary").text()).contains("Administrators must use");
  }

  @Test
  void turningItOffNeedsTheCurrentPasswordAndAnAdminCanResetIt() {
    Account account = testAccounts.create(Role.PATIENT, null);
    SetUp setUp = setUp(account);

    Document wrong =
        page(
            submit(
                setUp.browser(),
                "/account/two-factor/off",
                Map.of("currentPassword", "not my password")));
    assertThat(wrong.select(".nhsuk-error-summary").text()).contains("not right");
    assertThat(enabled(account)).isTrue();
    HttpResponse<String> off =
        submit(
            setUp.browser(),
            "/account/two-factor/off",
            Map.of("currentPassword", TestAccounts.PASSWORD));
    assertThat(off.headers().firstValue("Location")).hasValue("/account/two-factor");
    assertThat(enabled(account)).isFalse();

    setUp(account);
    TestBrowser admin = new TestBrowser(port);
    admin.signIn("admin@demo.tandem", TestBrowser.DEMO_PASSWORD);
    Document accountPage = page(admin.get("/admin/accounts/" + account.id()));
    assertThat(accountPage.select("form[action$=/two-factor/reset] button").text())
        .isEqualTo("Reset two-factor sign-in");
    admin.submit(
        "/admin/accounts/" + account.id(),
        "/admin/accounts/" + account.id() + "/two-factor/reset",
        Map.of());
    assertThat(enabled(account)).isFalse();
    assertThat(testAccounts.auditCount("two-factor.reset", "account", account.id().toString()))
        .isEqualTo(1);
    assertThat(
            new TestBrowser(port)
                .signIn(account.email(), TestAccounts.PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValue("/home");
  }

  @Test
  void aCodeWithoutTheCsrfTokenIsRefused() {
    Account account = testAccounts.create(Role.PATIENT, null);
    SetUp setUp = setUp(account);
    TestBrowser browser = new TestBrowser(port);
    browser.signIn(account.email(), TestAccounts.PASSWORD);

    HttpResponse<String> forged =
        browser.post("/sign-in/two-factor", Map.of("code", nextCode(setUp.key())));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/home").statusCode()).isEqualTo(302);
  }

  /** Signs in and turns two-factor on with a code computed from the key shown on the page. */
  private SetUp setUp(Account account) {
    TestBrowser browser = new TestBrowser(port);
    browser.signIn(account.email(), TestAccounts.PASSWORD);
    Document page = page(browser.get("/account/two-factor"));
    String key = keyOn(page);
    assertThat(page.select("a[href^=otpauth://totp/]").attr("href")).contains("secret=" + key);
    Document codes = page(submit(browser, "/account/two-factor", Map.of("code", code(key, 0))));
    List<String> recovery = codes.select("#recovery-codes li").eachText();
    assertThat(recovery).hasSize(10);
    return new SetUp(browser, key, recovery);
  }

  private record SetUp(TestBrowser browser, String key, List<String> recoveryCodes) {}

  static String keyOn(Document page) {
    Element key = page.selectFirst("#two-factor-key");
    assertThat(key).as("the key is shown").isNotNull();
    return key.text().replace(" ", "");
  }

  /** The app's code for now, shifted by whole steps. */
  static String code(String key, int steps) {
    return Totp.code(Base32.decode(key), Totp.step(Instant.now()) + steps);
  }

  /** A code the app shows next: later than any step accepted at set-up. */
  private static String nextCode(String key) {
    return code(key, 1);
  }

  private static String wrongCode(String key) {
    for (int i = 0; ; i++) {
      String guess = String.format("%06d", i);
      if (Totp.matchingStep(Base32.decode(key), guess, Instant.now()) < 0) {
        return guess;
      }
    }
  }

  private static HttpResponse<String> enter(TestBrowser browser, String code) {
    return browser.submit("/sign-in", "/sign-in/two-factor", Map.of("code", code));
  }

  private static HttpResponse<String> submit(
      TestBrowser browser, String path, Map<String, String> form) {
    return browser.submit("/account/password", path, form);
  }

  private boolean enabled(Account account) {
    return jdbc.sql("select count(*) from two_factor where account_id = ?")
            .param(account.id())
            .query(Integer.class)
            .single()
        > 0;
  }

  private static Document page(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }
}
