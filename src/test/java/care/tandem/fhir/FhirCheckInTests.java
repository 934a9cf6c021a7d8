package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import care.tandem.learning.checkins.CheckIn;
import care.tandem.learning.checkins.CheckIns;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Check-ins over FHIR: pain and mood as two Observations each, coded in Tandem's own code system,
 * read and searched by patient, valid FHIR R4, audited, and out of reach of a system whose
 * organisation does not care for the person.
 */
@FullApplicationTest
class FhirCheckInTests {

  private static final String SYSTEM = "https://tandem.care/fhir/CodeSystem/check-in";

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired FhirValidation validation;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired CheckIns checkIns;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  FhirHttp http;
  TestAccounts testAccounts;
  OrganisationTeams teams;
  UUID person;
  String token;
  CheckIn checkIn;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    Account physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    person = teams.personCaredForBy(physio);
    Account patient = testAccounts.create(Role.PATIENT, null);
    new CareRecords(testAccounts, people, jdbc).link(person, patient);
    checkIn =
        checkIns.record(person, CareRecords.as(patient), 7, 3, "Private words", UUID.randomUUID());
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void servesTheCheckInAsPainAndMoodObservationsByIdAndByPatient() {
    Observation pain =
        http.read("/Observation/" + checkIn.id() + "-pain", token, Observation.class);
    Observation mood =
        http.read("/Observation/" + checkIn.id() + "-mood", token, Observation.class);
    Bundle found = http.search("/Observation?patient=Patient/" + person, token);

    assertThat(pain.getCode().getCodingFirstRep().getSystem()).isEqualTo(SYSTEM);
    assertThat(pain.getCode().getCodingFirstRep().getCode()).isEqualTo("pain");
    assertThat(pain.getValueIntegerType().getValue()).isEqualTo(7);
    assertThat(mood.getCode().getCodingFirstRep().getCode()).isEqualTo("mood");
    assertThat(mood.getValueIntegerType().getValue()).isEqualTo(3);
    assertThat(pain.getSubject().getReference()).isEqualTo("Patient/" + person);
    assertThat(pain.getPerformerFirstRep().getReference()).isEqualTo("Patient/" + person);
    assertThat(pain.getEffectiveDateTimeType().getValue()).isNotNull();
    List<Observation> entries = FhirHttp.entries(found, Observation.class);
    assertThat(entries)
        .extracting(o -> o.getIdElement().getIdPart())
        .containsExactlyInAnyOrder(checkIn.id() + "-pain", checkIn.id() + "-mood");
    assertThat(fhir.newJsonParser().encodeResourceToString(found)).doesNotContain("Private words");
    for (Observation each : List.of(pain, mood)) {
      assertThat(FhirValidation.problems(validation.validate(each))).isEmpty();
    }
    assertThat(audited("fhir.read", "success")).isEqualTo(2);
    assertThat(audited("fhir.search", "success")).isEqualTo(1);
  }

  @Test
  void aSystemOffThePersonsTeamFindsNothingAndIsAudited() {
    String stranger = FhirTestClients.register(clients, testAccounts, teams.organisation());

    int read = http.get("/Observation/" + checkIn.id() + "-pain", stranger).statusCode();
    Bundle found = http.search("/Observation?patient=Patient/" + person, stranger);
    int unknown = http.get("/Observation/" + UUID.randomUUID() + "-mood", token).statusCode();

    assertThat(read).isEqualTo(404);
    assertThat(found.getEntry()).isEmpty();
    assertThat(unknown).isEqualTo(404);
    assertThat(audited("fhir.read", "denied")).isEqualTo(1);
  }

  private int audited(String action, String outcome) {
    return jdbc.sql(
            "select count(*) from audit_event where person = ? and action = ? and outcome = ?")
        .params(person, action, outcome)
        .query(Integer.class)
        .single();
  }
}
