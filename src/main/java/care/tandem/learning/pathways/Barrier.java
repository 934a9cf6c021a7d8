package care.tandem.learning.pathways;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answers to "What got in the way?", counted per pathway for the service lead. */
enum Barrier {
  NO_TIME("no-time", "I did not have time"),
  UNWELL("unwell", "I was not feeling well enough"),
  TOO_MUCH("too-much", "It was too much to take in"),
  NOT_USEFUL("not-useful", "It did not seem useful to me"),
  FORGOT("forgot", "I forgot about it"),
  TROUBLE("trouble", "I had trouble opening it"),
  OTHER("other", "Something else");

  private final String code;
  private final String label;

  Barrier(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<Barrier> ofCode(@Nullable String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }
}
