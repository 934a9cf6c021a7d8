package care.tandem.measures.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** PHQ-9 answers for tests: every item the same value, with question 9 set on its own. */
public final class Phq9Answers {

  public static final String ID = "phq-9";

  /** PHQ-9's safety question: thoughts that you would be better off dead or of hurting yourself. */
  public static final String ITEM_9 = "9";

  private Phq9Answers() {}

  public static Map<String, Integer> each(int value, int item9) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (int item = 1; item <= 8; item++) {
      answers.put(String.valueOf(item), value);
    }
    answers.put(ITEM_9, item9);
    return answers;
  }
}
