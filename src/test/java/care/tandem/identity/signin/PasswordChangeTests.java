package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anyone signed in can change their own password; their other sessions end. Wrong current passwords
 * are throttled like sign-in failures.
 */
@FullApplicationTest
class PasswordChangeTests {

  static final String NEW_PASSWORD = "marble orchard tandem bicycle";
  static final String TOO_MANY_TRIES =
      "You have entered a wrong current password too many times. Wait 15 minutes, then try again";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  TestAccounts testAccounts;
  Account account;
  TestBrowser browser;

  @BeforeEach
  void signIn() {
    testAccounts = new TestAccounts(accounts, jdbc);
    account = testAccounts.create(Role.PRACTITIONER, Discipline.VOLUNTEER);
    browser = new TestBrowser(port);
    browser.signIn(account.email(), TestAccounts.PASSWORD);
  }

  @Test
  void changesThePasswordKeepsThisSessionAndEndsTheOthers() {
    TestBrowser otherDevice = new TestBrowser(port);
    otherDevice.signIn(account.email(), TestAccounts.PASSWORD);

    HttpResponse<String> changed = change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(browser.get("/account/password").body()).contains("Your password has been changed");
    assertThat(otherDevice.get("/account/password").statusCode()).isEqualTo(302);
    assertThat(
            new TestBrowser(port)
                .signIn(account.email(), NEW_PASSWORD)
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .doesNotEndWith("/sign-in");
    assertThat(testAccounts.auditCount("account.password-changed")).isPositive();
  }

  @Test
  void refusesAWrongCurrentPassword() {
    HttpResponse<String> refused = change("not my password", NEW_PASSWORD, NEW_PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(errors(refused)).isEqualTo("Your current password is not right. Enter it again");
    assertThat(refused.body()).doesNotContain(NEW_PASSWORD);
  }

  @Test
  void refusesFurtherTriesAfterFiveWrongCurrentPasswordsAndAuditsIt() {
    for (int i = 0; i < 5; i++) {
      assertThat(errors(change("wrong guess number " + i, NEW_PASSWORD, NEW_PASSWORD)))
          .isEqualTo("Your current password is not right. Enter it again");
    }
    int throttledBefore =
        testAccounts.auditCountBy("account.password-change-throttled", account.id());

    HttpResponse<String> sixth = change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(sixth.statusCode()).isEqualTo(200);
    assertThat(errors(sixth)).isEqualTo(TOO_MANY_TRIES);
    assertThat(testAccounts.auditCountBy("account.password-change-throttled", account.id()))
        .isEqualTo(throttledBefore + 1);
    assertThat(
            jdbc.sql(
                    """
                    select outcome from audit_event
                    where action = 'account.password-change-throttled' and actor = ?
                    order by id desc limit 1
                    """)
                .param(account.id())
                .query(String.class)
                .single())
        .isEqualTo("denied");
    assertThat(attempts("FAILED")).isEqualTo(5);
    assertThat(
            new TestBrowser(port)
                .signIn(account.email(), TestAccounts.PASSWORD)
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("the password is unchanged")
        .doesNotEndWith("/sign-in");
  }

  @Test
  void checksAtMostFiveCurrentPasswordsFromABurstOfParallelGuesses() throws Exception {
    String token = TestBrowser.csrfToken(browser.get("/account/password").body());
    List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Map<String, String> form =
          Map.of(
              "_csrf", token,
              "currentPassword", "parallel guess " + i,
              "newPassword", NEW_PASSWORD,
              "confirmPassword", NEW_PASSWORD);
      guesses.add(() -> browser.post("/account/password", form));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (var guess : pool.invokeAll(guesses)) {
        assertThat(guess.get().statusCode()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(attempts("FAILED")).isEqualTo(5);
    assertThat(attempts("THROTTLED")).isEqualTo(7);
  }

  @Test
  void refusesNewPasswordsThatDoNotMatchOrAreCommon() {
    assertThat(errors(change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")))
        .isEqualTo("The new passwords do not match. Enter them again");
    assertThat(errors(change(TestAccounts.PASSWORD, "qwertyuiop123", "qwertyuiop123")))
        .isEqualTo("This password is too common. Choose one that is harder to guess");
    assertThat(errors(change("", "", "")))
        .isEqualTo(
            "Enter your current password Enter a new password Enter your new password again");
  }

  private HttpResponse<String> change(String current, String proposed, String again) {
    return browser.submit(
        "/account/password",
        "/account/password",
        Map.of("currentPassword", current, "newPassword", proposed, "confirmPassword", again));
  }

  private int attempts(String outcome) {
    return jdbc.sql(
            "select count(*) from password_check_attempt where account_id = ? and outcome = ?")
        .params(account.id(), outcome)
        .query(Integer.class)
        .single();
  }

  private static String errors(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select(".nhsuk-error-summary__list").text();
  }
}
