package care.tandem.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in the plan's history: the version it made, who made it, when, and what it was.
 *
 * @param what a code: {@code goal-added}, {@code goal-changed}, {@code goal-met}, {@code
 *     section-changed}, {@code action-added}, {@code action-changed}, {@code action-done} or {@code
 *     plan-merged}
 * @param title a short label: the goal's title or the action
 */
public record PlanChange(
    int version, String what, String title, UUID changedBy, Instant changedAt) {

  /** The change in words, for the history page: "Goal added". */
  public String whatInWords() {
    return switch (what) {
      case "goal-added" -> "Goal added";
      case "goal-changed" -> "Goal changed";
      case "goal-met" -> "Goal met";
      case "section-changed" -> "Goal moved to another section";
      case "action-added" -> "Action added";
      case "action-changed" -> "Action changed";
      case "action-done" -> "Action done";
      case "plan-merged" -> "Changes merged";
      default -> "Plan changed";
    };
  }
}
