package care.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A goal written with the person.
 *
 * @param target how the person and team will know it is met, in words ("" when not given)
 * @param owner the team member who owns it, or null when the person owns it themself
 * @param changedInVersion the plan version that last changed it
 */
public record Goal(
    UUID id,
    PlanSection section,
    String title,
    String target,
    @Nullable UUID owner,
    GoalStatus status,
    @Nullable LocalDate reviewDate,
    int changedInVersion,
    UUID createdBy,
    Instant createdAt,
    UUID updatedBy,
    Instant updatedAt) {

  /** What an edit would set, to compare with another edit. */
  public GoalDraft draft() {
    return new GoalDraft(section, title, target, owner, status, reviewDate);
  }
}
