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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hazard H3: the alert write fails (a database trigger refuses it for one test person). The answers
 * must still commit, the failure must be recorded with a retry job, and the retry must create the
 * alert.
 */
@FullApplicationTest
@Import(TestInstruments.class)
class AlertWriteFailureTests {

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;
  @Autowired SafetyNet safetyNet;

  SafetyTesting safety;
  CareRecords records;
  Account lead;
  UUID person;

  @BeforeEach
  void setUp() {
    safety = new SafetyTesting(jdbc, new TransactionTemplate(transactions), events, mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    lead = records.practitioner(Discipline.GP);
    person = records.personCaredForBy(lead);
    jdbc.sql(
            """
            create or replace function refuse_test_alert() returns trigger language plpgsql as $$
            begin
              if new.person_id = '%s' then
                raise exception 'alert refused for the test' using errcode = 'P0001';
              end if;
              return new;
            end $$
            """
                .formatted(person))
        .update();
    jdbc.sql(
            """
            create trigger refuse_test_alert before insert on measures_alert
            for each row execute function refuse_test_alert()
            """)
        .update();
  }

  @AfterEach
  void removeFault() {
    jdbc.sql("drop trigger if exists refuse_test_alert on measures_alert").update();
  }

  @Test
  void theAnswersCommitAndTheFailureIsRecordedWithARetryJob() {
    UUID response = safety.answerWorryingly(person, Instant.now());

    assertThat(answersStored(response)).isEqualTo(1);
    assertThat(safety.alertsFor(person)).isZero();
    Map<String, Object> failure = failureFor(response);
    assertThat(failure.get("resolved_at")).isNull();
    assertThat((String) failure.get("error"))
        .contains("(SQL state P0001)")
        .doesNotContain("refused for the test", TestInstruments.SAFETY_QUESTION);
    assertThat(retryJobs(failure.get("id").toString())).isEqualTo(1);
    assertThat(records.audited(person, "safety-alert.raised", "failure")).isEqualTo(1);
  }

  @Test
  void theRetryJobCreatesTheAlertAndResolvesTheFailure() {
    UUID response = safety.answerWorryingly(person, Instant.now());
    UUID failure = (UUID) failureFor(response).get("id");
    removeFault();

    safetyNet.retry(failure);

    UUID alert = safety.alertFor(response);
    assertThat(safety.alertRow(alert).get("owner_account")).isEqualTo(lead.id());
    assertThat(failureFor(response).get("resolved_at")).isNotNull();
    assertThat(records.audited(person, "safety-alert.retried", "success")).isEqualTo(1);
  }

  @Test
  void aRetryThatFailsAgainLeavesTheFailureOpenForTheNextTry() {
    UUID response = safety.answerWorryingly(person, Instant.now());
    UUID failure = (UUID) failureFor(response).get("id");

    try {
      safetyNet.retry(failure);
    } catch (RuntimeException expected) {
      // db-scheduler backs off and runs the job again
    }

    assertThat(failureFor(response).get("resolved_at")).isNull();
    assertThat(safety.alertsFor(person)).isZero();
  }

  private int answersStored(UUID response) {
    return jdbc.sql("select count(*) from measures_answer where response_id = ?")
        .param(response)
        .query(Integer.class)
        .single();
  }

  private Map<String, Object> failureFor(UUID response) {
    return jdbc.sql("select * from measures_alert_failure where response_id = ?")
        .param(response)
        .query()
        .singleRow();
  }

  private int retryJobs(String failure) {
    return jdbc.sql(
            "select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
        .params(SafetyJobs.RETRY, failure)
        .query(Integer.class)
        .single();
  }
}
