package care.tandem.measures.answering;

import static care.tandem.system.Capability.ANSWER_QUESTIONNAIRE;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.SafetyAnswerGiven;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import care.tandem.measures.SenderDetails;
import care.tandem.measures.assigning.Assignments;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaire responses: started or resumed, answered question by question (saved as the person
 * goes), and submitted once. The server scores the stored answers; nothing sent can set a total.
 *
 * <p>Events are published synchronously inside the transaction that stores the answers: {@link
 * SafetyAnswerGiven} whenever an answer that needs safety-netting is stored, and {@link
 * QuestionnaireSubmitted} once per response. A listener that fails rolls the answers back with it.
 */
@Service
public class Responses {

  private final ResponseRepository repository;
  private final CareAccess access;
  private final Capabilities capabilities;
  private final Instruments instruments;
  private final Scorer scorer;
  private final Assignments assignments;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ResponseSubmissions submissions;

  Responses(
      ResponseRepository repository,
      CareAccess access,
      Capabilities capabilities,
      Instruments instruments,
      Scorer scorer,
      Assignments assignments,
      ApplicationEventPublisher events,
      ResponseSubmissions submissions) {
    this.repository = repository;
    this.access = access;
    this.capabilities = capabilities;
    this.instruments = instruments;
    this.scorer = scorer;
    this.assignments = assignments;
    this.events = events;
    this.clock = Clock.systemUTC();
    this.submissions = submissions;
  }

  /** Resumes the person's response to this instrument that is in progress, or starts one. */
  @Transactional
  public Response start(
      UUID person, Instrument instrument, AnswerLayout layout, Authentication by) {
    RecordAccess allowed =
        capabilities.require(
            person,
            by,
            ANSWER_QUESTIONNAIRE,
            "questionnaire.started",
            Map.of("instrument", instrument.id()));
    repository.lockStarting(person, instrument.id());
    var existing = repository.inProgress(person, instrument.id());
    if (existing.isPresent()) {
      Response response = repository.lock(existing.get()).orElseThrow();
      requireToChange(allowed, response);
      if (response.layout() != layout) {
        repository.changed(response.id(), layout);
      }
      return repository.find(response.id()).orElseThrow();
    }
    UUID id = UUID.randomUUID();
    repository.insert(
        id,
        person,
        instrument.id(),
        assignments.openFor(person, instrument.id()).orElse(null),
        layout,
        ResponseSource.WEB,
        allowed.account(),
        clock.instant(),
        null);
    return repository.find(id).orElseThrow();
  }

  /** A response on the record, read with access already checked and audited. */
  @Transactional(readOnly = true)
  public Response response(RecordAccess access, UUID response) {
    return repository
        .find(response)
        .filter(found -> found.person().equals(access.person()))
        .orElseThrow(RecordNotFoundException::new);
  }

  /**
   * Whether the viewer may change the answers: the person always, since a person's answers are
   * theirs; a team member only in a response they started with the person and nobody else has
   * answered. Anyone else on the team can see an unfinished questionnaire but not change it.
   */
  @Transactional(readOnly = true)
  public boolean mayChange(RecordAccess access, Response response) {
    // Someone helping the person answers with their consent (issue 13): CareAccess let them in
    // only with the "help answer" permission, and their help is marked on the response.
    return access.isThePerson()
        || access.isHelper()
        || (access.isTeamMember() && repository.onlyEverChangedBy(response.id(), access.account()));
  }

  private void requireToChange(RecordAccess access, Response response) {
    if (!mayChange(access, response)) {
      throw new ActionNotAllowedException("Only the person can change their own answers");
    }
  }

  /** Every response on the record, newest first, without their answers. */
  @Transactional(readOnly = true)
  public List<Response> all(RecordAccess access) {
    return repository.forPerson(access.person());
  }

  /**
   * Saves one answer. Saving the value already stored changes nothing.
   *
   * @param startedFrom the response's version when the page was shown; null to skip the check
   * @throws AnswersNotValidException for a question not asked or a value not offered
   * @throws ResponseAlreadySubmittedException once it is submitted
   * @throws ResponseChangedException when the answer was changed elsewhere since {@code
   *     startedFrom}
   */
  @Transactional
  public Response answer(
      UUID person,
      UUID response,
      String linkId,
      int value,
      @Nullable Integer startedFrom,
      Authentication by) {
    return answerAll(person, response, Map.of(linkId, value), startedFrom, by);
  }

  /** Saves several answers at once (all questions on one page), checking all of them first. */
  @Transactional
  public Response answerAll(
      UUID person,
      UUID response,
      Map<String, Integer> answers,
      @Nullable Integer startedFrom,
      Authentication by) {
    RecordAccess allowed =
        access.requireToChange(
            person, by, "questionnaire.answered", Map.of("response", response.toString()));
    Response found = locked(person, response);
    requireToChange(allowed, found);
    Instrument instrument = instrumentOf(found);
    AnswerChecks.check(instrument, answers);
    Map<String, Integer> changed = new LinkedHashMap<>();
    answers.forEach(
        (linkId, value) -> {
          if (!Objects.equals(found.answers().get(linkId), value)) {
            changed.put(linkId, value);
          }
        });
    if (changed.isEmpty()) {
      return found;
    }
    boolean overwrites = changed.keySet().stream().anyMatch(found.answers()::containsKey);
    if (startedFrom != null && startedFrom != found.version() && overwrites) {
      throw new ResponseChangedException();
    }
    Instant now = clock.instant();
    changed.forEach(
        (linkId, value) ->
            repository.saveAnswer(found.id(), linkId, value, now, allowed.account()));
    repository.touched(found.id());
    if (allowed.isHelper()) {
      repository.helpedBy(found.id(), allowed.account());
    }
    List<String> flagged = instrument.safetyFlags(changed);
    if (!flagged.isEmpty()) {
      events.publishEvent(
          new SafetyAnswerGiven(
              found.id(), person, instrument.id(), flagged, now, allowed.account()));
    }
    return repository.find(found.id()).orElseThrow();
  }

  /**
   * Scores the stored answers and submits the response, once. Submitting it again returns what was
   * stored and publishes nothing.
   *
   * @throws AnswersNotValidException when a scored question is unanswered
   */
  @Transactional
  public Submission submit(UUID person, UUID response, Authentication by) {
    RecordAccess allowed =
        access.requireToChange(
            person, by, "questionnaire.submitted", Map.of("response", response.toString()));
    Response found =
        repository
            .lock(response)
            .filter(r -> r.person().equals(person))
            .orElseThrow(RecordNotFoundException::new);
    if (found.submitted()) {
      return new Submission(found, false);
    }
    requireToChange(allowed, found);
    Instrument instrument = instrumentOf(found);
    Score score = scorer.score(instrument, found.answers());
    return submissions.submitted(
        found.id(), person, instrument, found.assignment(), allowed.account(), score);
  }

  /**
   * Creates a complete, submitted response in one step (for the FHIR interface): every answer is
   * checked before anything is stored, and one key makes one response for the person.
   *
   * @throws AnswersNotValidException naming every problem; nothing is stored
   */
  @Transactional
  public Submission submitComplete(
      UUID person,
      Instrument instrument,
      Map<String, Integer> answers,
      String idempotencyKey,
      ResponseSource source,
      Authentication by) {
    RecordAccess allowed =
        access.requireToChange(
            person, by, "questionnaire.submitted", Map.of("instrument", instrument.id()));
    return submissions.complete(
        allowed, instrument, answers, idempotencyKey, source, SenderDetails.NONE);
  }

  private Response locked(UUID person, UUID response) {
    Response found =
        repository
            .lock(response)
            .filter(r -> r.person().equals(person))
            .orElseThrow(RecordNotFoundException::new);
    if (found.submitted()) {
      throw new ResponseAlreadySubmittedException(found.id());
    }
    return found;
  }

  private Instrument instrumentOf(Response response) {
    return instruments
        .find(response.instrument())
        .orElseThrow(() -> new IllegalStateException("No instrument " + response.instrument()));
  }
}
