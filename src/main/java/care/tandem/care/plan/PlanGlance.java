package care.tandem.care.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The plan at a glance, for home pages: how many goals are in each status, the next review, how
 * many actions are still to do, and the last change.
 *
 * @param goalsByStatus every status, with 0 where there are none
 * @param nextReview the earliest review date, today or later, of a goal still open
 */
public record PlanGlance(
    UUID person,
    int version,
    Map<GoalStatus, Integer> goalsByStatus,
    @Nullable LocalDate nextReview,
    int actionsToDo,
    @Nullable UUID lastChangedBy,
    @Nullable Instant lastChangedAt) {

  public int goals() {
    return goalsByStatus.values().stream().mapToInt(Integer::intValue).sum();
  }
}
