package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import care.tandem.measures.Score;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One submitted questionnaire as stored: the server's total, band and subscale totals, never
 * anything a browser sent as a score.
 *
 * @param band the stored band's code
 * @param helpedBy the name of someone who helped the person answer (a carer), if anyone did
 */
record SubmittedResponse(
    UUID id,
    String instrument,
    Instant submittedAt,
    int total,
    String band,
    boolean caseness,
    Map<String, Integer> subscales,
    @Nullable String helpedBy) {

  SubmittedResponse {
    subscales = Map.copyOf(subscales);
  }

  /** The stored score as the change rules take it; the band by its stored code where it exists. */
  Score score(Instrument of) {
    Instrument.Band stored =
        of.bands().stream()
            .filter(candidate -> candidate.code().equals(band))
            .findFirst()
            .orElseGet(() -> of.bandOf(total));
    return new Score(instrument, total, stored, caseness, subscales, List.of());
  }
}
