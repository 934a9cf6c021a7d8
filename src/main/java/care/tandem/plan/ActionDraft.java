package care.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action as someone wants it to be: what adding or changing an action sets. */
public record ActionDraft(
    PlanSection section,
    String what,
    @Nullable UUID assignee,
    @Nullable LocalDate dueDate,
    boolean done) {}
