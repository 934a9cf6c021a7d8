package care.tandem.measures.answering;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.testing.MeasuresFixture;
import care.tandem.measures.testing.Phq9Answers;
import care.tandem.measures.testing.SeenEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten submits at once, three rounds: one response, one score, {@code QuestionnaireSubmitted} once
 * per response and {@code SafetyAnswerGiven} once for question 9 (so at most one alert).
 */
@FullApplicationTest
class ConcurrentSubmitTests {

  private static final int AT_ONCE = 10;

  @Autowired Responses responses;
  @Autowired Instruments instruments;
  @Autowired SeenEvents events;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @RepeatedTest(3)
  void tenSubmitsOfOneResponseStoreAndPublishOnce() throws Exception {
    MeasuresFixture given = new MeasuresFixture(accounts, people, jdbc);
    Instrument phq9 = instruments.find(Phq9Answers.ID).orElseThrow();
    Response response =
        responses.start(given.person, phq9, AnswerLayout.ALL_ON_ONE_PAGE, as(given.patient));
    responses.answerAll(
        given.person, response.id(), Phq9Answers.each(2, 1), null, as(given.patient));

    List<Submission> submissions =
        atOnce(() -> responses.submit(given.person, response.id(), as(given.patient)));

    assertThat(submissions).filteredOn(Submission::justNow).hasSize(1);
    assertThat(submissions).allSatisfy(s -> assertThat(s.response().total()).isEqualTo(17));
    assertThat(events.submitted(response.id())).isEqualTo(1);
    assertThat(events.safetyAnswers(response.id())).isEqualTo(1);
    assertThat(
            given.count(
                "select count(*) from measures_response where person_id = ? and status = 'submitted'",
                given.person))
        .isEqualTo(1);
  }

  @RepeatedTest(3)
  void tenOneStepSubmitsWithOneKeyStoreOneResponse() throws Exception {
    MeasuresFixture given = new MeasuresFixture(accounts, people, jdbc);
    Instrument phq9 = instruments.find(Phq9Answers.ID).orElseThrow();

    List<Submission> submissions =
        atOnce(
            () ->
                responses.submitComplete(
                    given.person,
                    phq9,
                    Phq9Answers.each(1, 2),
                    "same-key",
                    ResponseSource.WEB,
                    as(given.practitioner)));

    assertThat(submissions).filteredOn(Submission::justNow).hasSize(1);
    assertThat(submissions)
        .extracting(s -> s.response().id())
        .containsOnly(submissions.get(0).response().id());
    assertThat(
            given.count("select count(*) from measures_response where person_id = ?", given.person))
        .isEqualTo(1);
    assertThat(events.submittedFor(given.person)).isEqualTo(1);
    assertThat(events.safetyAnswersFor(given.person)).isEqualTo(1);
  }

  private static <T> List<T> atOnce(Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    CountDownLatch ready = new CountDownLatch(AT_ONCE);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return work.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
