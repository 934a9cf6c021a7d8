package care.tandem.care.timeline;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The timeline's filter checkboxes: each shows one or more {@link TimelineKind}s. */
public enum TimelineFilter {
  PLAN("plan", "Care plan changes"),
  GOALS("goals", "Goals met"),
  MESSAGES("messages", "Messages"),
  TEAM("team", "Team changes"),
  ABOUT_ME("about-me", "About me"),
  QUESTIONNAIRES("questionnaires", "Questionnaires"),
  SIGNPOSTS("signposts", "Signposts");

  private final String value;
  private final String label;

  TimelineFilter(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /** The value of its checkbox in the page address: {@code ?show=messages}. */
  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  /** The kind codes it shows. */
  public List<String> kindCodes() {
    return Arrays.stream(TimelineKind.values())
        .filter(kind -> kind.filter() == this)
        .map(TimelineKind::code)
        .toList();
  }

  public static Optional<TimelineFilter> ofValue(String value) {
    return Arrays.stream(values()).filter(filter -> filter.value.equals(value)).findFirst();
  }

  /**
   * The filters chosen in a request; values nobody offered are ignored. None chosen (or only
   * unknown ones) means everything.
   */
  public static Set<TimelineFilter> chosen(@Nullable Collection<String> values) {
    Set<TimelineFilter> chosen = EnumSet.noneOf(TimelineFilter.class);
    if (values != null) {
      values.stream()
          .limit(50)
          .map(TimelineFilter::ofValue)
          .flatMap(Optional::stream)
          .forEach(chosen::add);
    }
    return chosen.isEmpty() ? EnumSet.allOf(TimelineFilter.class) : chosen;
  }
}
