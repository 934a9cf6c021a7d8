package care.tandem.guide.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A problem or solution saved to a plan. {@code title} is empty when the entry has since left the
 * guide; {@code version} guards edits made in two windows at once.
 */
record PlanItem(
    UUID id,
    String kind,
    String itemId,
    @Nullable String title,
    String note,
    @Nullable LocalDate targetDate,
    int version) {

  static final String PROBLEM = "problem";
  static final String SOLUTION = "solution";

  boolean sameAs(String otherNote, @Nullable LocalDate otherDate) {
    return note.equals(otherNote) && java.util.Objects.equals(targetDate, otherDate);
  }
}
