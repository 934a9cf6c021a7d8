package care.tandem.measures.answering;

import care.tandem.care.RecordAccess;
import care.tandem.measures.Instrument;
import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.ResponseConflictException;
import care.tandem.measures.SafetyAnswerGiven;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import care.tandem.measures.SenderDetails;
import care.tandem.measures.assigning.Assignments;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Submitting responses: the score stored once with its event, and the one-step responses a
 * connected system sends (complete, or refused but kept for their safety answers). Runs inside the
 * transaction {@link Responses} opens, after access is checked.
 */
@Component
class ResponseSubmissions {

  private final ResponseRepository repository;
  private final ResponseSenders senders;
  private final Scorer scorer;
  private final Assignments assignments;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ResponseSubmissions(
      ResponseRepository repository,
      ResponseSenders senders,
      Scorer scorer,
      Assignments assignments,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.senders = senders;
    this.scorer = scorer;
    this.assignments = assignments;
    this.events = events;
  }

  /**
   * Creates a complete, submitted response in one step, for a caller that has checked and audited
   * access itself (a connected system, or {@link Responses#submitComplete}). Answers are recorded
   * as given by no account when the source is FHIR; the sender's identifier and authored time are
   * kept as sent. Call inside a transaction.
   *
   * @throws AnswersNotValidException naming every problem; nothing is stored
   * @throws ResponseConflictException when the key was used before for a different response
   */
  Submission complete(
      RecordAccess allowed,
      Instrument instrument,
      Map<String, Integer> answers,
      String idempotencyKey,
      ResponseSource source,
      SenderDetails sender) {
    UUID person = allowed.person();
    var earlier = repository.byKey(person, idempotencyKey);
    if (earlier.isPresent()) {
      return repeated(earlier.get(), instrument, answers, sender);
    }
    AnswerChecks.check(instrument, answers);
    Score score = scorer.score(instrument, answers);
    UUID by = source == ResponseSource.FHIR ? null : allowed.account();
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    if (!repository.insert(
        id,
        person,
        instrument.id(),
        null,
        AnswerLayout.ALL_ON_ONE_PAGE,
        source,
        by,
        now,
        idempotencyKey)) {
      UUID other = repository.byKey(person, idempotencyKey).orElseThrow();
      return repeated(other, instrument, answers, sender);
    }
    senders.sentWith(id, sender);
    answers.forEach((linkId, value) -> repository.saveAnswer(id, linkId, value, now, by));
    List<String> flagged = instrument.safetyFlags(answers);
    if (!flagged.isEmpty()) {
      events.publishEvent(new SafetyAnswerGiven(id, person, instrument.id(), flagged, now, by));
    }
    return submitted(id, person, instrument, null, by, score);
  }

  /**
   * Keeps the safety answers of a response a connected system sent that could not be stored as
   * scored, so the safety net raises the alert all the same; the reason goes with it for the
   * clinician. Once per key: sending it again raises nothing new. Call inside a transaction.
   */
  UUID refuse(
      RecordAccess allowed,
      Instrument instrument,
      Map<String, Integer> safetyAnswers,
      String reason,
      String idempotencyKey) {
    UUID person = allowed.person();
    var earlier = repository.byKey(person, idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    if (!repository.insert(
        id,
        person,
        instrument.id(),
        null,
        AnswerLayout.ALL_ON_ONE_PAGE,
        ResponseSource.FHIR,
        null,
        now,
        idempotencyKey)) {
      return repository.byKey(person, idempotencyKey).orElseThrow();
    }
    repository.refused(id, reason);
    safetyAnswers.forEach((linkId, value) -> repository.saveAnswer(id, linkId, value, now, null));
    List<String> flagged = instrument.safetyFlags(safetyAnswers);
    if (!flagged.isEmpty()) {
      events.publishEvent(new SafetyAnswerGiven(id, person, instrument.id(), flagged, now, null));
    }
    return id;
  }

  /** The response stored before with this key, if this is an exact repeat of it. */
  private Submission repeated(
      UUID earlier, Instrument instrument, Map<String, Integer> answers, SenderDetails sender) {
    Response stored = repository.find(earlier).orElseThrow();
    boolean same =
        stored.submitted()
            && stored.instrument().equals(instrument.id())
            && stored.answers().equals(answers)
            && Objects.equals(
                truncated(senders.sender(earlier).authored()), truncated(sender.authored()));
    if (!same) {
      throw new ResponseConflictException();
    }
    return new Submission(stored, false);
  }

  private static @Nullable Instant truncated(@Nullable Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
  }

  /** Stores the score, moves the assignment on and tells the other modules, once. */
  Submission submitted(
      UUID id,
      UUID person,
      Instrument instrument,
      @Nullable UUID assignment,
      @Nullable UUID by,
      Score score) {
    Instant now = clock.instant();
    repository.submitted(id, by, now, score);
    if (assignment != null) {
      assignments.advanceAfterSubmitting(assignment);
    }
    events.publishEvent(new QuestionnaireSubmitted(id, person, instrument.id(), now, by, score));
    return new Submission(repository.find(id).orElseThrow(), true);
  }
}
