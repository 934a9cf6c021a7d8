package care.tandem.measures.assigning;

import java.util.Arrays;
import java.util.Optional;

/** How often a person is asked to complete an assigned questionnaire. */
public enum Schedule {
  ONCE("once", "Once"),
  REPEATING("repeating", "Every few weeks"),
  BEFORE_APPOINTMENT("before-appointment", "Before an appointment");

  /** How many days before an appointment its questionnaire is due. */
  public static final int DAYS_BEFORE_APPOINTMENT = 3;

  private final String code;
  private final String label;

  Schedule(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** As stored and posted: {@code before-appointment}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Schedule> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
