package care.tandem.learning.pathways;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How often a new step is released, as the person chose. */
enum Pace {
  DAILY("daily", "Every day", Duration.ofDays(1)),
  TWICE_A_WEEK("twice-a-week", "Twice a week", Duration.ofHours(84)),
  WEEKLY("weekly", "Once a week", Duration.ofDays(7)),
  WHEN_READY("when-ready", "When I'm ready", null);

  private final String code;
  private final String label;
  private final @Nullable Duration gap;

  Pace(String code, String label, @Nullable Duration gap) {
    this.code = code;
    this.label = label;
    this.gap = gap;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  /** The time between two releases, or empty when the person asks for each step. */
  Optional<Duration> gap() {
    return Optional.ofNullable(gap);
  }

  /** One pace slower; "when I'm ready" is the slowest. */
  Pace slower() {
    return this == WHEN_READY ? WHEN_READY : values()[ordinal() + 1];
  }

  static Optional<Pace> ofCode(@Nullable String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
