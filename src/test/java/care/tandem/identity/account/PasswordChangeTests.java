package care.tandem.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anyone signed in can change their own password; their other sessions end. */
@FullApplicationTest
class PasswordChangeTests {

  static final String NEW_PASSWORD = "marble orchard tandem bicycle";

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

  private static String errors(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select(".nhsuk-error-summary__list").text();
  }
}
