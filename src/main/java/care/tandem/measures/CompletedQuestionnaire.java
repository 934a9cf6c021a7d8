package care.tandem.measures;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A submitted questionnaire response with the server's score, as other modules (the FHIR interface)
 * see it.
 *
 * @param id the response's id
 * @param answers each answered question's value, by linkId, as stored
 * @param sender what a connected system said about the response; {@link SenderDetails#NONE} for one
 *     made on Tandem's pages
 */
public record CompletedQuestionnaire(
    UUID id,
    UUID person,
    String instrument,
    Instant submittedAt,
    Map<String, Integer> answers,
    Score score,
    SenderDetails sender) {

  public CompletedQuestionnaire {
    answers = Map.copyOf(answers);
  }
}
