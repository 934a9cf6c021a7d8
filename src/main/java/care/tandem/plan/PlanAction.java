package care.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to be done, by the person or a named team member.
 *
 * @param assignee the team member who will do it, or null when the person will
 * @param changedInVersion the plan version that last changed it
 */
public record PlanAction(
    UUID id,
    PlanSection section,
    String what,
    @Nullable UUID assignee,
    @Nullable LocalDate dueDate,
    boolean done,
    int changedInVersion,
    UUID createdBy,
    Instant createdAt,
    UUID updatedBy,
    Instant updatedAt) {

  public ActionDraft draft() {
    return new ActionDraft(section, what, assignee, dueDate, done);
  }
}
