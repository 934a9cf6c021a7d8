package care.tandem.measures;

import java.util.Map;

/** Scores answers by the instrument's own definition. */
public interface Scorer {

  /**
   * Scores a complete set of answers.
   *
   * @param answers each answered question's value, by linkId; unscored questions may be left out
   * @throws AnswersNotValidException naming every problem: a scored question missing, a value not
   *     offered, a linkId the instrument does not ask
   */
  Score score(Instrument instrument, Map<String, Integer> answers);
}
