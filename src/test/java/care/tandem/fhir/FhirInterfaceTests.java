package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.SignedInAs;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The FHIR interface as a registered system sees it: what it may read, and what it may not. */
@FullApplicationTest
class FhirInterfaceTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  FhirHttp http;
  TestAccounts testAccounts;
  UUID trust;
  Account physio;
  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    trust = teams.organisation();
    physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    person = teams.personCaredForBy(physio);
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void servesTheCapabilityStatement() {
    CapabilityStatement statement = http.read("/metadata", token, CapabilityStatement.class);

    assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
    assertThat(statement.getRestFirstRep().getResource())
        .extracting(resource -> resource.getType())
        .contains("Patient", "CareTeam", "Flag");
  }

  @Test
  void thePersonSeesTheConnectedSystemAndItsOrganisationAmongWhoHasLooked() throws Exception {
    String name = "Riverside GP system " + UUID.randomUUID();
    String riverside =
        clients.register(name, trust, UUID.randomUUID(), testAccounts.admin()).token();
    CareRecords records = new CareRecords(testAccounts, people, jdbc, accounts);
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);
    http.read("/Patient/" + person, riverside, Patient.class);

    String log =
        mvc.perform(get("/people/" + person + "/access-log").with(SignedInAs.account(patient)))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(log).select("tbody tr").eachText())
        .anyMatch(row -> row.contains(name) && row.contains("Connected system for"))
        .noneMatch(row -> row.contains("Someone not signed in"));
  }

  @Test
  void readsAPatientTheOrganisationCaresFor() {
    Person record = people.findAll(List.of(person)).get(person);

    Patient patient = http.read("/Patient/" + person, token, Patient.class);

    assertThat(patient.getIdElement().getIdPart()).isEqualTo(person.toString());
    assertThat(patient.getIdentifierFirstRep().getSystem())
        .isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(patient.getIdentifierFirstRep().getValue())
        .isEqualTo(record.details().nhsNumber().digits());
    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Person");
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1980-05-17");
  }

  @Test
  void findsAPatientByNhsNumberWithOrWithoutTheSystem() {
    String number = people.findAll(List.of(person)).get(person).details().nhsNumber().digits();

    Bundle withSystem =
        http.search("/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + number, token);
    Bundle withoutSystem = http.search("/Patient?identifier=" + number, token);
    Bundle otherSystem =
        http.search("/Patient?identifier=https://example.org/id%7C" + number, token);

    assertThat(FhirHttp.entries(withSystem, Patient.class))
        .extracting(p -> p.getIdElement().getIdPart())
        .containsExactly(person.toString());
    assertThat(withoutSystem.getEntry()).hasSize(1);
    assertThat(otherSystem.getEntry()).isEmpty();
  }

  @Test
  void readsAndSearchesThePersonsCareTeam() {
    CareTeam team = http.read("/CareTeam/" + person, token, CareTeam.class);
    Bundle byPatient = http.search("/CareTeam?patient=Patient/" + person, token);
    Bundle bySubject = http.search("/CareTeam?subject=" + person, token);

    assertThat(team.getSubject().getReference()).isEqualTo("Patient/" + person);
    assertThat(team.getStatus()).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
    assertThat(team.getParticipant())
        .extracting(p -> p.getRoleFirstRep().getText())
        .containsExactly("Patient", "Lead practitioner");
    assertThat(team.getParticipant().get(1).getMember().getDisplay())
        .isEqualTo("Test Physiotherapist");
    assertThat(team.getParticipant().get(1).getOnBehalfOf().getIdentifier().getValue())
        .isEqualTo("urn:uuid:" + trust);
    assertThat(byPatient.getEntry()).hasSize(1);
    assertThat(bySubject.getEntry()).hasSize(1);
  }

  @Test
  void answersNotFoundForSomeoneOutsideTheOrganisationsReachAndAuditsIt() {
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID charity = teams.organisation();
    UUID elsewhere = teams.personCaredForBy(teams.practitionerIn(charity, Discipline.VOLUNTEER));
    UUID client = FhirTestClients.clientOf(clients, token);

    HttpResponse<String> read = http.get("/Patient/" + elsewhere, token);
    HttpResponse<String> team = http.get("/CareTeam/" + elsewhere, token);
    Bundle search = http.search("/CareTeam?patient=" + elsewhere, token);

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(http.parse(read, OperationOutcome.class).getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(team.statusCode()).isEqualTo(404);
    assertThat(search.getEntry()).isEmpty();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_event where person = ? and actor = ?
                      and actor_role = 'SYSTEM' and outcome = 'denied'
                    """)
                .params(elsewhere, client)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void answersAForgedIdExactlyLikeAPersonOutOfReach() {
    HttpResponse<String> forged = http.get("/Patient/" + UUID.randomUUID(), token);
    HttpResponse<String> notAnId = http.get("/Patient/not-a-person", token);

    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(notAnId.statusCode()).isEqualTo(404);
  }

  @Test
  void auditsEveryRequestWithTheClientAndWhatItAskedFor() {
    UUID client = FhirTestClients.clientOf(clients, token);

    http.get("/Patient/" + person, token);
    http.get("/metadata", token);
    http.get("/Patient?identifier=0000000000", token);

    assertThat(audited(client, person, "fhir.read", "success", "Patient")).isEqualTo(1);
    assertThat(audited(client, null, "fhir.request", "success", "metadata")).isEqualTo(1);
    assertThat(audited(client, null, "fhir.request", "success", "Patient")).isEqualTo(1);
  }

  @Test
  void isReadOnly() {
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      HttpResponse<String> response = http.send(method, "/Patient/" + person, token);

      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(http.parse(response, OperationOutcome.class).getIssueFirstRep().getDiagnostics())
          .contains("read only");
    }
    HttpResponse<String> create = http.send("POST", "/Patient", token);
    assertThat(create.statusCode()).isBetween(400, 499);
  }

  @Test
  void keepsNoSession() {
    HttpResponse<String> response = http.get("/Patient/" + person, token);

    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(response.headers().firstValue("Cache-Control"))
        .get()
        .asString()
        .contains("no-store");
  }

  private int audited(UUID client, UUID person, String action, String outcome, String resource) {
    return jdbc.sql(
            """
            select count(*) from audit_event where actor = :client
              and person is not distinct from :person and action = :action
              and outcome = :outcome and details ->> 'resource' = :resource
            """)
        .param("client", client)
        .param("person", person)
        .param("action", action)
        .param("outcome", outcome)
        .param("resource", resource)
        .query(Integer.class)
        .single();
  }
}
