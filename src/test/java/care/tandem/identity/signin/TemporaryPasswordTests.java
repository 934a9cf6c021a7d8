package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.twofactor.AuthenticatorApp;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone signed in with a temporary password an admin set is kept on the change-password page
 * until they change it; signing out, static files and information pages still work.
 */
@FullApplicationTest
class TemporaryPasswordTests {

  static final String TEMPORARY = "copper kettle meadow";
  static final String THEIR_OWN = "saffron lighthouse puzzle";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  TestAccounts testAccounts;
  Account admin;
  TestBrowser browser;

  @BeforeEach
  void signInAfterAnAdminReset() {
    testAccounts = new TestAccounts(accounts, jdbc);
    admin = testAccounts.create(Role.ADMIN, null);
    accounts.resetPassword(admin.id(), TEMPORARY, testAccounts.admin());
    browser = new TestBrowser(port);
    assertThat(location(browser.signIn(admin.email(), TEMPORARY))).endsWith("/account/password");
  }

  @Test
  void redirectsEveryOtherPageToTheChangePasswordPage() {
    for (String page : new String[] {"/", "/admin", "/admin/accounts", "/guide", "/sign-in"}) {
      HttpResponse<String> response = browser.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(location(response)).as(page).endsWith("/account/password");
    }
    assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
  }

  @Test
  void letsNoFormElsewhereDoAnything() {
    String name = "Temporary password trust " + UUID.randomUUID();

    HttpResponse<String> posted =
        browser.submit(
            "/account/password",
            "/admin/organisations/new",
            Map.of("name", name, "kind", "OTHER", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(location(posted)).endsWith("/account/password");
    assertThat(
            jdbc.sql("select count(*) from organisation where name = ?")
                .param(name)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void opensEveryPageOnceTheyHaveChangedIt() {
    HttpResponse<String> changed =
        browser.submit(
            "/account/password",
            "/account/password",
            Map.of(
                "currentPassword", TEMPORARY,
                "newPassword", THEIR_OWN,
                "confirmPassword", THEIR_OWN));

    assertThat(changed.statusCode()).isEqualTo(302);
    // An admin must then set up two-factor sign-in (issue 13); once it is on, every page opens.
    assertThat(location(browser.get("/"))).endsWith("/account/two-factor");
    String key =
        Jsoup.parse(browser.get("/account/two-factor").body()).select("#two-factor-key").text();
    // The first visit to the change-password page since the change shows its notice.
    assertThat(browser.get("/account/password").body())
        .contains("Your password has been changed")
        .doesNotContain("Your password was set by an administrator");
    browser.submit(
        "/account/two-factor",
        "/account/two-factor",
        Map.of("code", AuthenticatorApp.code(key, 0)));
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(200);
  }

  @Test
  void stillServesStaticFilesErrorAndInformationPages() {
    assertThat(browser.get("/nhsuk/nhsuk-frontend.min.css").statusCode()).isEqualTo(200);
    assertThat(browser.get("/privacy").statusCode()).isEqualTo(200);
    assertThat(browser.get("/accessibility").statusCode()).isEqualTo(200);
    assertThat(browser.get("/error").headers().firstValue("Location")).isEmpty();
  }

  @Test
  void stillLetsThemSignOut() {
    HttpResponse<String> signedOut = browser.signOut();

    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(location(signedOut)).endsWith("/sign-in?signed-out");
    assertThat(location(browser.get("/account/password"))).endsWith("/sign-in");
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
