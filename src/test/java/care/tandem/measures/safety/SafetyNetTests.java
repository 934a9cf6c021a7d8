package care.tandem.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.measures.testing.TestInstruments;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FullApplicationTest
@Import(TestInstruments.class)
class SafetyNetTests {

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;

  SafetyTesting safety;
  CareRecords records;
  Account lead;
  UUID person;

  @BeforeEach
  void setUp() {
    safety = new SafetyTesting(jdbc, new TransactionTemplate(transactions), events, mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    lead = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);
    person = records.personCaredForBy(lead);
  }

  @Test
  void aWorryingAnswerRaisesOneAlertOwnedByThePersonsNamedLead() {
    UUID response = safety.answerWorryingly(person, Instant.now());

    UUID alert = safety.alertFor(response);
    var row = safety.alertRow(alert);
    assertThat(row.get("owner_account")).isEqualTo(lead.id());
    assertThat(row.get("status")).isEqualTo("open");
    assertThat(row.get("person_id")).isEqualTo(person);
    assertThat(records.audited(person, "safety-alert.raised", "success")).isEqualTo(1);
  }

  @Test
  void withNoNamedLeadTheWholeTeamOwnsTheAlert() {
    jdbc.sql("update care_team_member set lead = false where person_id = ?").param(person).update();

    UUID response = safety.answerWorryingly(person, Instant.now());

    assertThat(safety.alertRow(safety.alertFor(response)).get("owner_account")).isNull();
  }

  @Test
  void theSameAnswerGivenAgainRaisesNoSecondAlert() {
    UUID response = safety.answerWorryingly(person, Instant.now());
    safety.answerAgain(response, person, Instant.now());
    safety.answerAgain(response, person, Instant.now());

    assertThat(safety.alertsFor(person)).isEqualTo(1);
    assertThat(records.audited(person, "safety-alert.raised", "success")).isEqualTo(1);
  }

  @Test
  void raisingSchedulesTheEscalationAtTheDueTimeAndAuditsNoAnswer() {
    UUID response = safety.answerWorryingly(person, Instant.parse("2027-01-08T16:00:00Z"));
    UUID alert = safety.alertFor(response);

    Instant due =
        jdbc.sql(
                """
                select execution_time from scheduled_tasks
                where task_name = ? and task_instance = ?
                """)
            .params(SafetyJobs.ESCALATION, alert.toString())
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    assertThat(due).isEqualTo(Instant.parse("2027-01-11T12:00:00Z"));
    String details =
        jdbc.sql("select details::text from audit_event where person = ? and action = ?")
            .params(person, "safety-alert.raised")
            .query(String.class)
            .single();
    assertThat(details).contains(alert.toString()).doesNotContain("Felt unsafe", "Often");
  }
}
