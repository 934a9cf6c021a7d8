package care.tandem.measures;

import java.util.List;
import java.util.Map;

/**
 * What a complete set of answers scores, always computed by the {@link Scorer} on the server.
 *
 * @param instrument the instrument's id
 * @param total the total, within the instrument's range
 * @param band the band the total falls in
 * @param caseness whether the total is at or above the instrument's caseness threshold
 * @param subscales each subscale's total, by subscale id
 * @param safetyFlags the safety questions the answers flag (linkIds), in question order
 */
public record Score(
    String instrument,
    int total,
    Instrument.Band band,
    boolean caseness,
    Map<String, Integer> subscales,
    List<String> safetyFlags) {

  public Score {
    subscales = Map.copyOf(subscales);
    safetyFlags = List.copyOf(safetyFlags);
  }

  /** Whether these answers need crisis support shown and an alert raised. */
  public boolean needsSafetyNet() {
    return !safetyFlags.isEmpty();
  }
}
