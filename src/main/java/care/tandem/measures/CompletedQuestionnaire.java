package care.tandem.measures;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A submitted questionnaire response with the server's score, as other modules (the FHIR interface)
 * see it.
 *
 * @param id the response's id
 * @param answers each answered question's value, by linkId, as stored
 * @param submittedBy the account that submitted it; null when a connected system sent it
 * @param source {@code web} or {@code fhir}
 */
public record CompletedQuestionnaire(
    UUID id,
    UUID person,
    String instrument,
    Instant submittedAt,
    @Nullable UUID submittedBy,
    Map<String, Integer> answers,
    Score score,
    String source) {

  public CompletedQuestionnaire {
    answers = Map.copyOf(answers);
  }
}
