package care.tandem.measures;

import care.tandem.care.RecordAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Submitted questionnaires for other modules: read them, and submit a complete one in one step (a
 * connected system through FHIR). A submission goes through the same scoring and safety-netting as
 * one made on the web pages: the server scores the answers, and an answer that needs safety-netting
 * raises an alert in the same transaction.
 */
public interface CompletedQuestionnaires {

  /** Whose record a response is on, before any access check; empty for an unknown id. */
  Optional<UUID> personOf(UUID response);

  /** A submitted response on the record; empty if it is not submitted or not on this record. */
  Optional<CompletedQuestionnaire> find(RecordAccess access, UUID response);

  /** Every submitted response on the record, oldest first. */
  List<CompletedQuestionnaire> of(RecordAccess access);

  /**
   * Stores and scores a complete response, once per idempotency key: sending the same key again
   * with the same answers returns the response stored the first time and stores nothing.
   *
   * @param access access to change the record
   * @param answers each answered question's value, by linkId
   * @param idempotencyKey the sender's key for this response (at most 200 characters)
   * @param sender the sender's identifier and authored time, kept and served back
   * @throws AnswersNotValidException naming each problem; nothing is stored
   * @throws UnknownInstrumentException for an instrument nobody knows; nothing is stored
   * @throws ResponseConflictException when the key was used before for a different response
   */
  Stored submit(
      RecordAccess access,
      String instrument,
      Map<String, Integer> answers,
      String idempotencyKey,
      SenderDetails sender);

  /**
   * Keeps the safety answers of a response that was refused (it could not be stored as scored), so
   * the safety net raises its alert all the same, with the refusal reason for the clinician.
   * Nothing is scored and the response is never served as completed. Once per key.
   *
   * @param safetyAnswers the answers that need safety-netting, by linkId (PHQ-9 question 9)
   * @param reason why the response was refused, in plain words (at most 2,000 characters)
   * @return the refused response's id
   */
  UUID refuse(
      RecordAccess access,
      String instrument,
      Map<String, Integer> safetyAnswers,
      String reason,
      String idempotencyKey);

  /**
   * A response stored by {@link #submit}.
   *
   * @param created false when it was stored before (an exact repeat): nothing new was stored
   */
  record Stored(CompletedQuestionnaire questionnaire, boolean created) {}
}
