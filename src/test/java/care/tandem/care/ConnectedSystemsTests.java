package care.tandem.care;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
class ConnectedSystemsTests {

  @Autowired ConnectedSystems systems;
  @Autowired CareTeam team;
  @Autowired CareAccess access;
  @Autowired People people;
  @Autowired StaffDirectory staff;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  OrganisationTeams teams;
  CareRecords records;
  UUID trust;
  UUID charity;
  Account physio;
  Account volunteer;
  ConnectedSystem trustSystem;

  @BeforeEach
  void setUp() {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    records = new CareRecords(testAccounts, people, jdbc);
    trust = teams.organisation();
    charity = teams.organisation();
    physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    volunteer = teams.practitionerIn(charity, Discipline.VOLUNTEER);
    trustSystem = new ConnectedSystem(UUID.randomUUID(), trust);
  }

  @Test
  void reachesThePeopleOnTheTeamsOfTheOrganisationsPractitioners() {
    UUID physiosPerson = teams.personCaredForBy(physio);
    UUID volunteersPerson = teams.personCaredForBy(volunteer);

    assertThat(systems.peopleInReachOf(trust)).containsExactly(physiosPerson);
    assertThat(systems.peopleInReachOf(charity)).containsExactly(volunteersPerson);
  }

  @Test
  void reachesAPersonOnceSomeoneFromTheOrganisationJoinsTheirTeam() {
    UUID person = teams.personCaredForBy(volunteer);
    assertThat(systems.peopleInReachOf(trust)).doesNotContain(person);

    team.join(
        person,
        staff.find(physio.id()).orElseThrow(),
        null,
        "Physio",
        volunteer.id(),
        "PRACTITIONER");

    assertThat(systems.peopleInReachOf(trust)).containsExactly(person);
  }

  @Test
  void losesAPersonWhenTheOrganisationsLastMemberLeavesTheirTeam() {
    UUID person = teams.personCaredForBy(physio);
    CareTeamMember membership = team.current(access.require(person, as(physio), "t")).get(0);

    team.remove(person, membership.id(), as(physio));

    assertThat(systems.peopleInReachOf(trust)).isEmpty();
    assertThatThrownBy(() -> systems.require(person, trustSystem, "fhir.read", Map.of()))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void letsTheSystemReadAPersonInReachAndAuditsItAsTheActor() {
    UUID person = teams.personCaredForBy(physio);

    RecordAccess granted =
        systems.require(person, trustSystem, "fhir.read", Map.of("resource", "Patient"));

    assertThat(granted.basis()).isEqualTo(RecordAccess.Basis.CONNECTED_SYSTEM);
    assertThat(granted.account()).isEqualTo(trustSystem.id());
    assertThat(people.person(granted).id()).isEqualTo(person);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_event where person = ? and actor = ?
                      and actor_role = 'SYSTEM' and action = 'fhir.read' and outcome = 'success'
                      and details ->> 'via' = 'connected-system'
                      and details ->> 'organisation' = ? and details ->> 'resource' = 'Patient'
                    """)
                .params(person, trustSystem.id(), trust.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesAPersonOutsideTheOrganisationsReachAndAuditsTheRefusal() {
    UUID person = teams.personCaredForBy(volunteer);

    assertThatThrownBy(() -> systems.require(person, trustSystem, "fhir.read", Map.of()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "fhir.read", "denied")).isEqualTo(1);
  }

  @Test
  void refusesARecordThatDoesNotExistExactlyLikeOneOutOfReach() {
    UUID forged = UUID.randomUUID();

    assertThatThrownBy(() -> systems.require(forged, trustSystem, "fhir.read", Map.of()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(forged, "fhir.read", "denied")).isEqualTo(1);
  }

  @Test
  void findsWhoseRecordHasAnNhsNumber() {
    NhsNumber number = CareRecords.newNhsNumber();
    UUID person =
        people
            .startCare(CareRecords.details(number), "Lead", UUID.randomUUID(), as(volunteer))
            .id();

    assertThat(systems.personWithNhsNumber(number)).contains(person);
    assertThat(systems.personWithNhsNumber(CareRecords.newNhsNumber())).isEmpty();
  }
}
