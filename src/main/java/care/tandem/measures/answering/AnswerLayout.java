package care.tandem.measures.answering;

import java.util.Arrays;
import java.util.Optional;

/** How the person chose to see the questions; remembered on the response. */
public enum AnswerLayout {
  ONE_PER_PAGE("one-per-page"),
  ALL_ON_ONE_PAGE("all-on-one-page");

  private final String code;

  AnswerLayout(String code) {
    this.code = code;
  }

  /** As stored and posted: {@code one-per-page}. */
  public String code() {
    return code;
  }

  public static Optional<AnswerLayout> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
