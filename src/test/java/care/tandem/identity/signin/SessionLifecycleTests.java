package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in and sign-out over real HTTP, with sessions stored in PostgreSQL. */
@FullApplicationTest
class SessionLifecycleTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  TestBrowser browser;
  TestAccounts testAccounts;

  @BeforeEach
  void openBrowser() {
    browser = new TestBrowser(port);
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void signsInWithADemoAccountAndShowsTheirName() {
    HttpResponse<String> signedIn = browser.signIn("physio@demo.tandem", TestBrowser.DEMO_PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/home"));
    assertThat(browser.get("/home").body()).contains("Priya Shah").contains("Sign out");
  }

  @Test
  void landsEveryoneOnTheirHomeAfterSignInAndAdminsOnAdministration() {
    Map<String, String> landings =
        Map.of(
            "patient@demo.tandem", "/home",
            "gp@demo.tandem", "/home",
            "lead@demo.tandem", "/home",
            "admin@demo.tandem", "/admin");

    landings.forEach(
        (email, landing) ->
            assertThat(
                    new TestBrowser(port)
                        .signIn(email, TestBrowser.DEMO_PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .as(email)
                .endsWith(landing));
  }

  @Test
  void givesANewSessionIdOnSignInAndForgetsTheOldOne() {
    // A visitor has no session until they sign in (issue 12); signing in again over an existing
    // session is what must change its id.
    browser.get("/sign-in");
    assertThat(browser.sessionCookie()).isEmpty();
    browser.signIn("gp@demo.tandem", TestBrowser.DEMO_PASSWORD);
    String before = browser.sessionCookie().orElseThrow();

    browser.signIn("gp@demo.tandem", TestBrowser.DEMO_PASSWORD);
    String after = browser.sessionCookie().orElseThrow();

    assertThat(after).isNotEqualTo(before);
    TestBrowser attacker = new TestBrowser(port);
    attacker.useSessionCookie(before);
    assertThat(attacker.get("/account/password").statusCode()).isEqualTo(302);
  }

  @Test
  void signOutEndsTheSessionSoItsCookieNoLongerWorks() {
    browser.signIn("mentalhealth@demo.tandem", TestBrowser.DEMO_PASSWORD);
    String cookie = browser.sessionCookie().orElseThrow();
    assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
    UUID holder = testAccounts.demo("mentalhealth@demo.tandem").id();
    int signOuts = testAccounts.auditCountBy("sign-out", holder);

    HttpResponse<String> signedOut = browser.signOut();

    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location").orElseThrow())
        .endsWith("/sign-in?signed-out");
    // The session cookie is expired with the session; the known-device cookie stays.
    assertThat(signedOut.headers().allValues("Set-Cookie"))
        .anyMatch(value -> value.startsWith("SESSION=") && value.contains("Max-Age=0"))
        .noneMatch(value -> value.startsWith(DeviceCookie.NAME + "="));
    TestBrowser replay = new TestBrowser(port);
    replay.useSessionCookie(cookie);
    HttpResponse<String> refused = replay.get("/account/password");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    assertThat(testAccounts.auditCountBy("sign-out", holder)).isEqualTo(signOuts + 1);
  }

  @Test
  void showsThatThePersonHasSignedOut() {
    browser.signIn("volunteer@demo.tandem", TestBrowser.DEMO_PASSWORD);
    browser.signOut();

    assertThat(browser.get("/sign-in?signed-out").body()).contains("You have signed out");
  }

  @Test
  void endsSessionsAfterThirtyMinutesIdle() {
    browser.signIn("pain@demo.tandem", TestBrowser.DEMO_PASSWORD);
    String cookie = browser.sessionCookie().orElseThrow();
    String sessionId =
        new String(
            java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);

    int idleSeconds =
        jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
            .param(sessionId)
            .query(Integer.class)
            .single();

    assertThat(idleSeconds).isEqualTo(30 * 60);
  }

  @Test
  void showsForbiddenToSomeoneSignedInAndSendsVisitorsToSignIn() {
    browser.signIn("patient@demo.tandem", TestBrowser.DEMO_PASSWORD);

    HttpResponse<String> forbidden = browser.get("/admin/accounts");
    HttpResponse<String> visitor = new TestBrowser(port).get("/admin/accounts");

    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(org.jsoup.Jsoup.parse(forbidden.body()).select("h1")).hasSize(1);
    assertThat(forbidden.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(visitor.statusCode()).isEqualTo(302);
    assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
  }

  @Test
  void refusesASignInPostWithoutItsCsrfToken() {
    Account account = testAccounts.create(Role.SERVICE_LEAD, null);
    browser.get("/sign-in");

    HttpResponse<String> refused =
        browser.post(
            "/sign-in", Map.of("email", account.email(), "password", TestAccounts.PASSWORD));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(testAccounts.auditCountBy("sign-in.succeeded", account.id())).isZero();
  }

  @Test
  void sendsSomeoneWithATemporaryPasswordToChooseTheirOwn() {
    var account = testAccounts.create(care.tandem.identity.account.Role.PATIENT, null);
    accounts.resetPassword(account.id(), "amber kettle meadow", testAccounts.admin());

    HttpResponse<String> signedIn = browser.signIn(account.email(), "amber kettle meadow");

    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .endsWith("/account/password");
    assertThat(browser.get("/account/password").body())
        .contains("Your password was set by an administrator");
  }
}
