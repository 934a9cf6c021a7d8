package care.tandem.care.joining;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Joining over real HTTP with real cookies: the signed join cookie, CSRF and the new session. */
@FullApplicationTest
class JoiningOverHttpTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aNewAccountIsSignedInAndConfirmsTheBirthDateInItsOwnSession() throws Exception {
    CareRecords records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    Account physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    JoiningPeople as = new JoiningPeople(mvc, people);
    UUID person = as.person(physio, null);
    String code =
        (String)
            as.post(
                    "/people/" + person + "/invitations",
                    physio,
                    Map.of("method", "LETTER", "idempotencyKey", UUID.randomUUID().toString()))
                .getFlashMap()
                .get("letterCode");

    TestBrowser browser = new TestBrowser(port);
    HttpResponse<String> opened = browser.get("/join?code=" + code);
    assertThat(opened.statusCode()).isEqualTo(302);
    HttpResponse<String> start = browser.get("/join");
    assertThat(start.body()).contains("Make an account to see your record");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", TestBrowser.csrfToken(start.body()));
    form.put("name", "Jo Invited");
    form.put("email", "http-" + UUID.randomUUID() + "@example.org");
    form.put("password", TestAccounts.PASSWORD);
    form.put("idempotencyKey", UUID.randomUUID().toString());
    HttpResponse<String> made = browser.post("/join/account", form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/join/confirm");
    HttpResponse<String> confirm = browser.get("/join/confirm");
    assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
    Map<String, String> born = new LinkedHashMap<>(JoiningPeople.birthDate(JoiningPeople.BORN));
    born.put("_csrf", TestBrowser.csrfToken(confirm.body()));
    HttpResponse<String> joined = browser.post("/join/confirm", born);
    assertThat(joined.headers().firstValue("Location").orElseThrow()).endsWith("/people/" + person);
  }
}
