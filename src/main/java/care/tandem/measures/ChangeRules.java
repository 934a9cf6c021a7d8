package care.tandem.measures;

import org.jspecify.annotations.Nullable;

/** Change between scores on one instrument over time. */
public interface ChangeRules {

  /**
   * @param first the person's first score on this instrument
   * @param previous the score before the latest, or null when latest is the second
   * @param latest the latest score
   */
  Change between(Instrument instrument, Score first, @Nullable Score previous, Score latest);
}
