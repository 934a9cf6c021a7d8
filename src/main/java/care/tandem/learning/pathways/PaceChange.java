package care.tandem.learning.pathways;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the person asked for on their pathway page. */
enum PaceChange {
  /** "This is too much": one pace slower. */
  SLOWER("slower"),
  /** "This is too much": pause until I carry on. */
  PAUSE("pause"),
  /** Carry on after a pause. */
  RESUME("resume"),
  /** "Not now": nothing new for three days. */
  NOT_NOW("not-now"),
  /** "Show me the next step" now, whatever the pace. */
  NEXT("next");

  private final String code;

  PaceChange(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static Optional<PaceChange> ofCode(@Nullable String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
