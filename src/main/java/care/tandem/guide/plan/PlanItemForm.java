package care.tandem.guide.plan;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The note and target date of a plan item. The date comes as three boxes (NHS date input); {@code
 * version} is the version the edit started from, to catch edits in two windows.
 */
public record PlanItemForm(
    @Size(max = 1000, message = "Note must be 1000 characters or fewer") @Nullable String note,
    @Nullable String targetDateDay,
    @Nullable String targetDateMonth,
    @Nullable String targetDateYear,
    @Nullable String version) {

  static PlanItemForm of(PlanItem item) {
    var date = item.targetDate();
    return new PlanItemForm(
        item.note(),
        date == null ? "" : String.valueOf(date.getDayOfMonth()),
        date == null ? "" : String.valueOf(date.getMonthValue()),
        date == null ? "" : String.valueOf(date.getYear()),
        String.valueOf(item.version()));
  }

  /**
   * The note as stored: line breaks kept, other control characters (which PostgreSQL may refuse)
   * removed.
   */
  String noteText() {
    if (note == null) {
      return "";
    }
    return note.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
  }

  /** The version the edit started from; an unreadable one can never match, so it cannot save. */
  int startingVersion() {
    try {
      return Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
