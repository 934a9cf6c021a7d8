package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message was posted on a person's record, in the main conversation or a topic thread.
 *
 * @param author the account that posted it
 * @param replyRequestedFrom the account asked to reply, if the author asked someone
 */
public record MessagePosted(
    UUID person,
    UUID thread,
    UUID message,
    UUID author,
    Instant at,
    @Nullable UUID replyRequestedFrom) {}
