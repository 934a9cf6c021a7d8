package care.tandem.care.timeline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One thing that happened on a person's record.
 *
 * @param kind the kind's code, such as {@code plan.goal-met} (see {@link TimelineKind})
 * @param actor the account that did it, if known
 * @param title a short description: "Goal met: walk to the shops"
 * @param link where to see more, a path inside Tandem
 */
@NamedInterface("timeline")
public record TimelineEntry(
    UUID id,
    UUID person,
    Instant occurredAt,
    String kind,
    @Nullable UUID actor,
    String title,
    @Nullable String link) {}
