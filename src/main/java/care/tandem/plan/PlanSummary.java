package care.tandem.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan at a glance, for the record page: goals in each section, the next review and actions due
 * soon, every value in words.
 *
 * @param sections each section's name and how many goals it has ("2 goals, 1 met")
 * @param nextReview the earliest review date of a goal still open, today or later
 * @param actionsDue actions not done that are due in the next 2 weeks or are overdue
 */
public record PlanSummary(
    String href,
    boolean empty,
    List<Line> sections,
    @Nullable String nextReview,
    int actionsDue,
    int actionsOverdue) {

  /** A section of the plan and its goals in words. */
  public record Line(String section, String goals) {}
}
