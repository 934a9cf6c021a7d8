package care.tandem.learning.pathways;

import java.util.Arrays;
import java.util.Optional;

/** What a pathway step asks of the person. */
enum StepKind {
  PIECE("piece", "Read, watch or listen"),
  REFLECTION("reflection", "A question to think about"),
  GOAL("goal", "A small goal for your plan"),
  CHECK_IN("check-in", "A check-in"),
  QUESTIONNAIRE("questionnaire", "A questionnaire");

  private final String code;
  private final String label;

  StepKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** As stored, posted and written in the shipped files: {@code check-in}. */
  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<StepKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
