package care.tandem.care;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

@FullApplicationTest
class CareAccessTests {

  @Autowired CareAccess access;
  @Autowired CareTeam team;
  @Autowired People people;
  @Autowired BreakGlass breakGlass;
  @Autowired Accounts accountService;
  @Autowired JdbcClient jdbc;

  CareRecords records;
  Account physio;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accountService, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
  }

  @Test
  void letsThePersonIntoTheirOwnRecord() {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);

    RecordAccess granted = access.require(person, as(patient), "record.viewed");

    assertThat(granted.basis()).isEqualTo(RecordAccess.Basis.THE_PERSON);
    assertThat(granted.role()).isEqualTo("PATIENT");
    assertThat(records.audited(person, "record.viewed", "success")).isEqualTo(1);
  }

  @Test
  void letsACurrentTeamMemberIn() {
    RecordAccess granted = access.require(person, as(physio), "record.viewed");

    assertThat(granted.basis()).isEqualTo(RecordAccess.Basis.TEAM_MEMBER);
    assertThat(access.canSee(person, as(physio))).isTrue();
    assertThat(access.peopleOnTeamsOf(physio.id())).containsExactly(person);
  }

  @Test
  void shutsOutAMemberOnceTheyHaveLeftTheTeam() {
    CareTeamMember membership =
        team.current(access.require(person, as(physio), "team.viewed")).get(0);

    team.remove(person, membership.id(), as(physio));

    assertThat(access.canSee(person, as(physio))).isFalse();
    assertThat(access.peopleOnTeamsOf(physio.id())).isEmpty();
    assertThatThrownBy(() -> access.require(person, as(physio), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "record.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void refusesAPractitionerOffTheTeamAndAuditsIt() {
    Account otherPractitioner = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);

    assertThat(access.canSee(person, as(otherPractitioner))).isFalse();
    assertThatThrownBy(() -> access.require(person, as(otherPractitioner), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "record.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void refusesAnotherPatient() {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);
    Account otherPatient = records.account(Role.PATIENT);

    assertThatThrownBy(() -> access.require(person, as(otherPatient), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "record.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void refusesAnAdministratorAndAVisitor() {
    Account admin = records.account(Role.ADMIN);
    var visitor =
        new AnonymousAuthenticationToken(
            "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    assertThatThrownBy(() -> access.require(person, as(admin), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> access.require(person, visitor, "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "record.viewed", "denied")).isEqualTo(2);
  }

  @Test
  void refusesARecordThatDoesNotExistExactlyLikeOneThatIsHidden() {
    UUID forged = UUID.randomUUID();

    assertThatThrownBy(() -> access.require(forged, as(physio), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(forged, "record.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void letsBreakGlassReadUntilTheGrantExpires() {
    NhsNumber number = CareRecords.newNhsNumber();
    UUID withNumber =
        people.startCare(CareRecords.details(number), "Lead", UUID.randomUUID(), as(physio)).id();
    Account gp = records.practitioner(Discipline.GP);

    assertThat(breakGlass.start(number, "Out of hours, sudden collapse", as(gp)))
        .isEqualTo(withNumber);
    RecordAccess granted = access.require(withNumber, as(gp), "record.viewed");

    assertThat(granted.basis()).isEqualTo(RecordAccess.Basis.BREAK_GLASS);
    assertThat(records.audited(withNumber, "break-glass.started", "success")).isEqualTo(1);
    assertThat(breakGlass.toReview()).anyMatch(grant -> grant.personId().equals(withNumber));

    jdbc.sql(
            "update break_glass_grant set started_at = now() - interval '5 hours',"
                + " expires_at = now() - interval '1 hour' where person_id = ?")
        .param(withNumber)
        .update();

    assertThatThrownBy(() -> access.require(withNumber, as(gp), "record.viewed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(withNumber, "record.viewed", "success")).isEqualTo(1);
    assertThat(records.audited(withNumber, "record.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void breakGlassDoesNotLetSomeoneChangeTheRecord() {
    NhsNumber number = CareRecords.newNhsNumber();
    UUID withNumber =
        people.startCare(CareRecords.details(number), "Lead", UUID.randomUUID(), as(physio)).id();
    Account gp = records.practitioner(Discipline.GP);
    breakGlass.start(number, "Urgent medication question", as(gp));

    assertThatThrownBy(() -> access.requireToChange(withNumber, as(gp), "person-details.changed"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(withNumber, "person-details.changed", "denied")).isEqualTo(1);
  }

  @Test
  void keepsTheAuditRowOfARefusedChangeWhenTheChangeRollsBack() {
    Account stranger = records.practitioner(Discipline.PAIN_SPECIALIST);

    assertThatThrownBy(() -> people.change(person, 0, CareRecords.details(null), as(stranger)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(records.audited(person, "person-details.changed", "denied")).isEqualTo(1);
  }

  @Test
  void auditsEveryDecisionWithTheViewerAndHowTheyGotIn() {
    access.require(person, as(physio), "record.viewed");

    String via =
        jdbc.sql(
                "select details->>'via' from audit_event where person = ? and action = ?"
                    + " and actor = ?")
            .params(person, "record.viewed", physio.id())
            .query(String.class)
            .single();
    assertThat(via).isEqualTo("team");
  }
}
