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
   * returns the response stored the first time and stores nothing.
   *
   * @param access access to change the record
   * @param answers each answered question's value, by linkId
   * @param idempotencyKey the sender's key for this response (at most 200 characters)
   * @throws AnswersNotValidException naming each problem; nothing is stored
   * @throws UnknownInstrumentException for an instrument nobody knows; nothing is stored
   */
  CompletedQuestionnaire submit(
      RecordAccess access, String instrument, Map<String, Integer> answers, String idempotencyKey);
}
