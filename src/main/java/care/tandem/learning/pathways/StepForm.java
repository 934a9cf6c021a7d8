package care.tandem.learning.pathways;

import org.jspecify.annotations.Nullable;

/** Finishing a step: a reflection's answer, and whether to share it with the team. */
public record StepForm(@Nullable String answer, @Nullable String share) {

  static final int LONGEST_ANSWER = 2000;

  static StepForm blank() {
    return new StepForm(null, null);
  }

  boolean shared() {
    return "yes".equals(share);
  }

  @Nullable String answerText() {
    return answer == null || answer.isBlank() ? null : answer.strip();
  }
}
