package care.tandem.learning.pathways;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** When the person does not want reminder e-mails, in UK time. */
enum QuietTime {
  NIGHT("night", "Not between 9pm and 8am", 21, 8),
  EVENING("evening", "Not between 6pm and 9am", 18, 9),
  WORKING_DAY("working-day", "Not between 9am and 5pm", 9, 17),
  NONE("none", "Any time", 0, 0);

  private final String code;
  private final String label;
  private final int fromHour;
  private final int toHour;

  QuietTime(String code, String label, int fromHour, int toHour) {
    this.code = code;
    this.label = label;
    this.fromHour = fromHour;
    this.toHour = toHour;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  /** Whether {@code time} (UK time) falls in the quiet hours; they may run past midnight. */
  boolean isQuiet(LocalTime time) {
    int hour = time.getHour();
    if (fromHour == toHour) {
      return false;
    }
    return fromHour < toHour
        ? hour >= fromHour && hour < toHour
        : hour >= fromHour || hour < toHour;
  }

  static Optional<QuietTime> ofCode(@Nullable String code) {
    return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
  }
}
