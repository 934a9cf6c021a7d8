package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.testing.TestInstruments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A submitted questionnaire goes on the timeline once, with the submit, linked to its results. */
@FullApplicationTest
@Import(TestInstruments.class)
class CompletedOnTimelineTests {

  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  Account physio;
  UUID person;

  @BeforeEach
  void setUp() {
    CareRecords records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);
    person = records.personCaredForBy(physio);
  }

  @Test
  void addsOneEntryPerResponseEvenWhenTheEventRepeats() {
    QuestionnaireSubmitted submitted = submitted();

    inTransaction(() -> events.publishEvent(submitted));
    inTransaction(() -> events.publishEvent(submitted));

    assertThat(entries())
        .containsExactly(
            "TEST-3 completed -> /people/" + person + "/results/test-mood by " + physio.id());
  }

  @Test
  void addsNothingWhenTheSubmitRollsBack() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              events.publishEvent(submitted());
              status.setRollbackOnly();
            });

    assertThat(entries()).isEmpty();
  }

  private QuestionnaireSubmitted submitted() {
    return new QuestionnaireSubmitted(
        UUID.randomUUID(),
        person,
        "test-mood",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        physio.id(),
        TestInstruments.score(TestInstruments.MOOD, Map.of("q1", 1, "q2", 1, "q3", 0)));
  }

  private List<String> entries() {
    return jdbc.sql(
            """
            select title || ' -> ' || link || ' by ' || actor_id from care_timeline_entry
            where person_id = ? and kind = 'measures.completed'
            """)
        .param(person)
        .query(String.class)
        .list();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
