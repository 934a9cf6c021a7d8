package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ModuleEvents;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.Scorer;
import care.tandem.measures.demo.DemoAnswers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A submitted questionnaire goes on the timeline once, with the submit, linked to its results. */
@FullApplicationTest
class CompletedOnTimelineTests {

  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Instruments instruments;
  @Autowired Scorer scorer;
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
    ModuleEvents.awaitHandled(jdbc, person);
    // The repeat comes after the first is handled, as a republished event does. Two equal events
    // in flight at once can leave one publication marked incomplete (spring-modulith#1056).
    inTransaction(() -> events.publishEvent(submitted));
    ModuleEvents.awaitHandled(jdbc, person);

    assertThat(entries())
        .containsExactly(
            "PHQ-9 completed -> /people/" + person + "/results/phq-9 by " + physio.id());
  }

  @Test
  void addsNothingWhenTheSubmitRollsBack() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              events.publishEvent(submitted());
              status.setRollbackOnly();
            });
    ModuleEvents.awaitHandled(jdbc, person);

    assertThat(entries()).isEmpty();
  }

  private QuestionnaireSubmitted submitted() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    return new QuestionnaireSubmitted(
        UUID.randomUUID(),
        person,
        "phq-9",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        physio.id(),
        scorer.score(phq9, DemoAnswers.totalling(phq9, 12)));
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
