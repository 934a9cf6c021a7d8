package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the FHIR interface does with requests it will not serve: a missing, unknown or revoked token
 * is 401, and bad input of any kind is a 4xx OperationOutcome, never a server error. Each is
 * audited.
 */
@FullApplicationTest
class FhirRefusalTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  FhirHttp http;
  TestAccounts testAccounts;
  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    person = teams.personCaredForBy(teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST));
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void refusesARequestWithoutATokenAndAuditsIt() {
    int before = refusedTokens("no-token");

    HttpResponse<String> response = http.getWithoutToken("/Patient/" + person);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer");
    assertThat(outcome(response).getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.LOGIN);
    assertThat(response.body()).doesNotContain("Person");
    assertThat(refusedTokens("no-token")).isEqualTo(before + 1);
  }

  @Test
  void refusesATokenTandemNeverIssued() {
    HttpResponse<String> response = http.get("/Patient/" + person, "made-up-" + UUID.randomUUID());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
        .isEqualTo(FhirRefusals.BAD_TOKEN);
  }

  @Test
  void refusesARevokedTokenAtOnceAndAuditsIt() {
    assertThat(http.get("/Patient/" + person, token).statusCode()).isEqualTo(200);
    clients.revoke(FhirTestClients.clientOf(clients, token), testAccounts.admin());
    int before = refusedTokens("unknown-or-revoked-token");

    HttpResponse<String> response = http.get("/Patient/" + person, token);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
        .isEqualTo(FhirRefusals.BAD_TOKEN);
    assertThat(refusedTokens("unknown-or-revoked-token")).isEqualTo(before + 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Patient/not-a-uuid",
        "/Patient/%27%3B%20drop%20table%20person%3B--",
        "/Patient/%3Cscript%3Ealert(1)%3C",
        "/CareTeam/12345",
        "/Patient?unknown-parameter=1",
        "/CareTeam?patient=1&made-up=2",
        "/Patient?birthdate=not-a-date",
        "/Patient?_format=made-up",
        "/NoSuchResource/1",
        "/Patient/$made-up-operation",
        "/Patient/_history"
      })
  void answersBadInputWithAnOperationOutcomeNeverAServerError(String path) {
    HttpResponse<String> response = http.get(path, token);

    assertThat(response.statusCode()).as(path).isBetween(400, 499);
    assertThat(outcome(response).getIssue()).as(path).isNotEmpty();
    assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("<script>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Patient?identifier=%00%01",
        "/Patient?identifier=12345",
        "/Patient?_id=%3Cscript%3E",
        "/CareTeam?patient=Observation/abc",
        "/CarePlan?subject=Patient/not-a-uuid",
        "/Communication?patient=%27%20or%201%3D1",
        "/Patient?_count=-1&identifier=9434765919"
      })
  void findsNobodyWhenASearchValueNamesNobody(String path) {
    HttpResponse<String> response = http.get(path, token);

    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(http.parse(response, Bundle.class).getEntry()).as(path).isEmpty();
  }

  @Test
  void answersOversizedInputWithAnOperationOutcome() {
    String longId = "a".repeat(5000);
    String longNumber = "9".repeat(RequestSizeLimit.MAX_ADDRESS);

    for (String path : new String[] {"/Patient/" + longId, "/Patient?identifier=" + longNumber}) {
      HttpResponse<String> response = http.get(path, token);

      assertThat(response.statusCode()).as("%.40s", path).isBetween(400, 499);
      assertThat(outcome(response).getIssue()).isNotEmpty();
    }
  }

  @Test
  void auditsEveryBadRequestWithTheClient() {
    UUID client = FhirTestClients.clientOf(clients, token);

    http.get("/Patient?unknown-parameter=1", token);
    http.get("/NoSuchResource/1", token);

    assertThat(
            jdbc.sql(
                    "select outcome || ' ' || (details ->> 'status') from audit_event"
                        + " where actor = ? and action = 'fhir.request'")
                .params(client)
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("failure 400", "failure 404");
  }

  private OperationOutcome outcome(HttpResponse<String> response) {
    return http.parse(response, OperationOutcome.class);
  }

  private int refusedTokens(String reason) {
    return jdbc.sql(
            "select count(*) from audit_event where action = 'fhir.request'"
                + " and outcome = 'denied' and details ->> 'reason' = ?")
        .params(reason)
        .query(Integer.class)
        .single();
  }
}
