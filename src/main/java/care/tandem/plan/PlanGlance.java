package care.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
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

  /** The glance at {@code plan} on {@code today}. */
  static PlanGlance of(CarePlan plan, LocalDate today) {
    Map<GoalStatus, Integer> byStatus = new EnumMap<>(GoalStatus.class);
    for (GoalStatus status : GoalStatus.values()) {
      byStatus.put(status, 0);
    }
    plan.goals().forEach(goal -> byStatus.merge(goal.status(), 1, Integer::sum));
    LocalDate nextReview =
        plan.goals().stream()
            .filter(goal -> goal.status().isOpen() && goal.reviewDate() != null)
            .map(Goal::reviewDate)
            .filter(date -> !date.isBefore(today))
            .min(Comparator.naturalOrder())
            .orElse(null);
    int toDo = (int) plan.actions().stream().filter(action -> !action.done()).count();
    return new PlanGlance(
        plan.person(),
        plan.version(),
        Map.copyOf(byStatus),
        nextReview,
        toDo,
        plan.updatedBy(),
        plan.updatedAt());
  }

  public int goals() {
    return goalsByStatus.values().stream().mapToInt(Integer::intValue).sum();
  }
}
