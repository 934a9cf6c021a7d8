package care.tandem.care.joining;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something about who may sign in to a record happened: put on the record's timeline
 * (care.timeline) in the same transaction. Public for that listener; not part of the module's API.
 *
 * @param source unique for the happening (an invitation's or a link change's id)
 * @param title what the person and the team read, with no clinical text
 */
public record JoiningEvent(
    UUID person, UUID source, @Nullable UUID actor, String title, Instant at) {}
