package care.tandem.measures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An answer that needs safety-netting was stored (PHQ-9 question 9 above 0), whether or not the
 * rest of the questionnaire is done. Published synchronously inside the transaction that stores the
 * answer, every time such an answer is stored: the safety net raises at most one alert per
 * response, in that same transaction.
 *
 * @param response the response the answer belongs to
 * @param person whose record it is on
 * @param instrument the instrument's id
 * @param flagged the safety questions flagged (linkIds)
 * @param answeredBy the account that gave the answer; null for a connected system through FHIR
 */
public record SafetyAnswerGiven(
    UUID response,
    UUID person,
    String instrument,
    List<String> flagged,
    Instant at,
    @Nullable UUID answeredBy) {

  public SafetyAnswerGiven {
    flagged = List.copyOf(flagged);
  }
}
