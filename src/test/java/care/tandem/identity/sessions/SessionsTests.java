package care.tandem.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Where you are signed in": the account's sessions, signing out everywhere else or everywhere. */
@FullApplicationTest
class SessionsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  @Test
  void listsTheSessionsAndSignsOutEverywhereElseThenEverywhere() {
    Account account = new TestAccounts(accounts, jdbc).create(Role.PATIENT, null);
    TestBrowser phone = new TestBrowser(port);
    TestBrowser laptop = new TestBrowser(port);
    phone.signIn(account.email(), TestAccounts.PASSWORD);
    laptop.signIn(account.email(), TestAccounts.PASSWORD);

    Document listed = Jsoup.parse(laptop.get("/account/sessions").body());
    assertThat(listed.select("#sessions li")).hasSize(2);
    assertThat(listed.select("#sessions li").first().text()).contains("(this device)");
    assertThat(listed.text())
        .contains("Network address 127.0.0.x")
        .doesNotContain(laptop.sessionCookie().orElseThrow())
        .doesNotContain(phone.sessionCookie().orElseThrow());

    var elsewhere =
        laptop.submit("/account/sessions", "/account/sessions", Map.of("which", "others"));
    assertThat(elsewhere.headers().firstValue("Location")).hasValue("/account/sessions");
    assertThat(phone.get("/home").statusCode()).isEqualTo(302);
    assertThat(laptop.get("/home").statusCode()).isEqualTo(200);

    var everywhere =
        laptop.submit("/account/sessions", "/account/sessions", Map.of("which", "everywhere"));
    assertThat(everywhere.headers().firstValue("Location")).hasValue("/sign-in?signed-out");
    assertThat(laptop.get("/home").statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(account.id().toString())
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            new TestAccounts(accounts, jdbc)
                .auditCount("sessions.signed-out-everywhere", "account", account.id().toString()))
        .isEqualTo(1);
  }

  @Test
  void aPostWithoutAChoiceOrCsrfTokenSignsNobodyOut() {
    Account account = new TestAccounts(accounts, jdbc).create(Role.PATIENT, null);
    TestBrowser browser = new TestBrowser(port);
    browser.signIn(account.email(), TestAccounts.PASSWORD);

    var noChoice = browser.submit("/account/sessions", "/account/sessions", Map.of());
    var forged = browser.post("/account/sessions", Map.of("which", "everywhere"));

    assertThat(noChoice.statusCode()).isEqualTo(200);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/home").statusCode()).isEqualTo(200);
  }
}
