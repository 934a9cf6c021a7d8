package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Someone helping a person with their consent, served as RelatedPerson (issue 13). */
@FullApplicationTest
class FhirRelatedPersonTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired Helpers helpers;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  FhirHttp http;
  TestAccounts testAccounts;
  OrganisationTeams teams;
  UUID person;
  String token;
  Helper helper;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    person = teams.personCaredForBy(teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST));
    token = FhirTestClients.register(clients, testAccounts, trust);
    Account carer = testAccounts.create(Role.CARER, null);
    Account patient = testAccounts.create(Role.PATIENT, null);
    helper =
        helpers.give(
            person,
            carer.id(),
            "Chris Carer",
            "Partner",
            Set.of(HelperPermission.READ_PLAN, HelperPermission.CONVERSATION),
            patient.id(),
            null);
  }

  @Test
  void readsAndSearchesTheHelpersOfAPersonInReach() {
    RelatedPerson read = http.read("/RelatedPerson/" + helper.id(), token, RelatedPerson.class);
    Bundle found = http.search("/RelatedPerson?patient=Patient/" + person, token);

    assertThat(read.getPatient().getReference()).isEqualTo("Patient/" + person);
    assertThat(read.getNameFirstRep().getText()).isEqualTo("Chris Carer");
    assertThat(read.getRelationshipFirstRep().getText()).isEqualTo("Partner");
    assertThat(read.getActive()).isTrue();
    assertThat(FhirHttp.entries(found, RelatedPerson.class))
        .extracting(r -> r.getIdElement().getIdPart())
        .containsExactly(helper.id().toString());
    CapabilityStatement statement = http.read("/metadata", token, CapabilityStatement.class);
    assertThat(statement.getRestFirstRep().getResource())
        .extracting(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
        .contains("RelatedPerson");
  }

  @Test
  void aWithdrawnConsentOrAPersonOutOfReachIsNotFound() {
    UUID charity = teams.organisation();
    String otherToken = FhirTestClients.register(clients, testAccounts, charity);

    HttpResponse<String> outOfReach = http.get("/RelatedPerson/" + helper.id(), otherToken);
    Bundle noneFound = http.search("/RelatedPerson?patient=" + person, otherToken);
    jdbc.sql("update carer_consent set withdrawn_at = now() where id = ?")
        .param(helper.id())
        .update();
    HttpResponse<String> withdrawn = http.get("/RelatedPerson/" + helper.id(), token);
    Bundle afterWithdrawal = http.search("/RelatedPerson?patient=" + person, token);

    assertThat(outOfReach.statusCode()).isEqualTo(404);
    assertThat(noneFound.getEntry()).isEmpty();
    assertThat(withdrawn.statusCode()).isEqualTo(404);
    assertThat(afterWithdrawal.getEntry()).isEmpty();
    assertThat(http.get("/RelatedPerson/not-an-id", token).statusCode()).isEqualTo(404);
  }
}
