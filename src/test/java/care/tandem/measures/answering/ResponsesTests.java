package care.tandem.measures.answering;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.People;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.account.Accounts;
import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.ResponseConflictException;
import care.tandem.measures.testing.MeasuresFixture;
import care.tandem.measures.testing.Phq9Answers;
import care.tandem.measures.testing.SeenEvents;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starting, answering and submitting responses through the service. */
@FullApplicationTest
class ResponsesTests {

  @Autowired Responses responses;
  @Autowired SeenEvents events;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired Instruments instruments;

  MeasuresFixture given;
  Instrument phq9;

  @BeforeEach
  void setUp() {
    phq9 = instruments.find(Phq9Answers.ID).orElseThrow();
    given = new MeasuresFixture(accounts, people, jdbc);
  }

  @Test
  void resumesTheResponseInProgressAndRemembersTheLayoutChosen() {
    Response first =
        responses.start(given.person, phq9, AnswerLayout.ONE_PER_PAGE, as(given.patient));
    responses.answer(given.person, first.id(), "1", 2, first.version(), as(given.patient));

    Response again =
        responses.start(given.person, phq9, AnswerLayout.ALL_ON_ONE_PAGE, as(given.patient));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.layout()).isEqualTo(AnswerLayout.ALL_ON_ONE_PAGE);
    assertThat(again.answers()).containsEntry("1", 2);
  }

  @Test
  void refusesAQuestionNotAskedOrAValueNotOfferedAndChangesNothing() {
    Response response = start();
    responses.answer(given.person, response.id(), "1", 1, null, as(given.patient));

    assertThatThrownBy(
            () -> responses.answer(given.person, response.id(), "99", 1, null, as(given.patient)))
        .isInstanceOf(AnswersNotValidException.class);
    assertThatThrownBy(
            () ->
                responses.answerAll(
                    given.person, response.id(), Map.of("1", 3, "2", 7), null, as(given.patient)))
        .isInstanceOf(AnswersNotValidException.class);

    assertThat(stored(response.id())).containsExactly(Map.entry("1", 1));
  }

  @Test
  void aPractitionerCompletingItWithThePersonIsRecordedAsAnsweringIt() {
    Response response =
        responses.start(given.person, phq9, AnswerLayout.ONE_PER_PAGE, as(given.practitioner));
    responses.answer(given.person, response.id(), "1", 1, null, as(given.practitioner));

    UUID answeredBy =
        jdbc.sql("select answered_by from measures_answer where response_id = ?")
            .param(response.id())
            .query(UUID.class)
            .single();
    assertThat(answeredBy).isEqualTo(given.practitioner.id());
  }

  @Test
  void publishesSafetyAnswerGivenWhenTheSafetyQuestionIsAnsweredAboveZeroOnly() {
    Response response = start();
    responses.answer(given.person, response.id(), "9", 0, null, as(given.patient));
    assertThat(events.safetyAnswers(response.id())).isZero();

    responses.answer(given.person, response.id(), "9", 2, null, as(given.patient));
    assertThat(events.safetyAnswers(response.id())).isEqualTo(1);
  }

  @Test
  void submitsOnceWithTheServersScoreAndPublishesOnce() {
    Response response = start();
    responses.answerAll(
        given.person, response.id(), Phq9Answers.each(1, 0), null, as(given.patient));

    Submission first = responses.submit(given.person, response.id(), as(given.patient));
    Submission second = responses.submit(given.person, response.id(), as(given.patient));

    assertThat(first.justNow()).isTrue();
    assertThat(second.justNow()).isFalse();
    assertThat(second.response().total()).isEqualTo(8);
    assertThat(second.response().band()).isEqualTo("mild");
    assertThat(second.response().caseness()).isFalse();
    assertThat(events.submitted(response.id())).isEqualTo(1);
    assertThatThrownBy(
            () -> responses.answer(given.person, response.id(), "1", 0, null, as(given.patient)))
        .isInstanceOf(ResponseAlreadySubmittedException.class);
  }

  @Test
  void cannotSubmitWithAQuestionUnanswered() {
    Response response = start();
    responses.answer(given.person, response.id(), "1", 1, null, as(given.patient));

    assertThatThrownBy(() -> responses.submit(given.person, response.id(), as(given.patient)))
        .isInstanceOf(AnswersNotValidException.class);
    assertThat(events.submitted(response.id())).isZero();
  }

  @Test
  void refusesAnAnswerChangedElsewhereSinceThePageWasShown() {
    Response response = start();
    responses.answer(given.person, response.id(), "1", 1, null, as(given.patient));
    int shown = response.version();
    responses.answer(given.person, response.id(), "2", 1, null, as(given.patient));

    assertThatThrownBy(
            () -> responses.answer(given.person, response.id(), "1", 3, shown, as(given.patient)))
        .isInstanceOf(ResponseChangedException.class);
    responses.answer(given.person, response.id(), "1", 1, shown, as(given.patient));
    assertThat(stored(response.id())).containsEntry("1", 1);
  }

  @Test
  void aTeamMemberCanSeeButNotChangeThePersonsUnfinishedAnswers() {
    Response response = start();
    responses.answer(given.person, response.id(), "1", 1, null, as(given.patient));

    assertThatThrownBy(
            () ->
                responses.answer(given.person, response.id(), "1", 3, null, as(given.practitioner)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> responses.submit(given.person, response.id(), as(given.practitioner)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(
            () ->
                responses.start(
                    given.person, phq9, AnswerLayout.ONE_PER_PAGE, as(given.practitioner)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThat(stored(response.id())).containsExactly(Map.entry("1", 1));
  }

  @Test
  void submitCompleteChecksEveryAnswerFirstAndStoresOneResponsePerKeyRefusingDifferentAnswers() {
    assertThatThrownBy(
            () ->
                responses.submitComplete(
                    given.person,
                    phq9,
                    Map.of("1", 1, "2", 9),
                    "key-1",
                    ResponseSource.WEB,
                    as(given.practitioner)))
        .isInstanceOf(AnswersNotValidException.class);
    assertThat(
            given.count("select count(*) from measures_response where person_id = ?", given.person))
        .isZero();

    Submission first =
        responses.submitComplete(
            given.person,
            phq9,
            Phq9Answers.each(1, 1),
            "key-1",
            ResponseSource.WEB,
            as(given.practitioner));
    Submission again =
        responses.submitComplete(
            given.person,
            phq9,
            Phq9Answers.each(1, 1),
            "key-1",
            ResponseSource.WEB,
            as(given.practitioner));
    assertThatThrownBy(
            () ->
                responses.submitComplete(
                    given.person,
                    phq9,
                    Phq9Answers.each(3, 3),
                    "key-1",
                    ResponseSource.WEB,
                    as(given.practitioner)))
        .isInstanceOf(ResponseConflictException.class);

    assertThat(again.response().id()).isEqualTo(first.response().id());
    assertThat(again.justNow()).isFalse();
    assertThat(again.response().total()).isEqualTo(9);
    assertThat(events.submitted(first.response().id())).isEqualTo(1);
    assertThat(events.safetyAnswers(first.response().id())).isEqualTo(1);
  }

  @Test
  void someoneNotOnTheTeamCannotStartOrReadOne() {
    Response response = start();
    assertThatThrownBy(
            () ->
                responses.start(given.person, phq9, AnswerLayout.ONE_PER_PAGE, as(given.stranger)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(
            () -> responses.answer(given.person, response.id(), "1", 1, null, as(given.stranger)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> responses.submit(given.person, response.id(), as(given.stranger)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private Response start() {
    return responses.start(given.person, phq9, AnswerLayout.ONE_PER_PAGE, as(given.patient));
  }

  private Map<String, Integer> stored(UUID response) {
    Map<String, Integer> answers = new java.util.TreeMap<>();
    jdbc.sql("select link_id, value from measures_answer where response_id = ?")
        .param(response)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                row -> answers.put(row.getString(1), row.getInt(2)));
    return answers;
  }
}
