package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Registering a SMART Backend Services system on the admin page: keys the form refuses. */
@FullApplicationTest
class SmartRegistrationFormTests {

  @Autowired FhirClients clients;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void theRegistrationFormNamesEachProblemAndRegistersNothing() throws Exception {
    Account admin = testAccounts.demo("admin@demo.tandem");
    String name = "Half-filled system " + UUID.randomUUID();
    String organisation = clients.organisations().get(0).id().toString();
    String privateKey = SmartTestClient.newKey().toJSONString();
    Map<String, String[]> problems =
        Map.of(
            "Enter the system's JWKS address, or paste its public key",
            new String[] {"", ""},
            "Enter a JWKS address or a public key, not both",
            new String[] {"https://example.org/jwks.json", "{}"},
            "This includes a private key",
            new String[] {"", privateKey},
            "Enter an address that starts with https://",
            new String[] {"http://example.org/jwks.json", ""});
    for (Map.Entry<String, String[]> problem : problems.entrySet()) {
      String page =
          mvc.perform(
                  post("/admin/fhir-clients/new")
                      .with(SignedInAs.account(admin))
                      .with(csrf())
                      .param("name", name)
                      .param("organisation", organisation)
                      .param("jwksUrl", problem.getValue()[0])
                      .param("publicKey", problem.getValue()[1])
                      .param("scopes", "system/*.rs")
                      .param("idempotencyKey", UUID.randomUUID().toString()))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(page).select(".nhsuk-error-summary").text())
          .as(problem.getKey())
          .contains(problem.getKey());
    }
    assertThat(
            jdbc.sql("select count(*) from fhir_client where name = ?")
                .param(name)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
