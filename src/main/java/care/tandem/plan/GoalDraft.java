package care.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A goal as someone wants it to be: what adding or changing a goal sets. */
public record GoalDraft(
    PlanSection section,
    String title,
    String target,
    @Nullable UUID owner,
    GoalStatus status,
    @Nullable LocalDate reviewDate) {}
