package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message that asked an account to reply, still waiting.
 *
 * @param threadTitle null for the main conversation
 * @param href the message on its thread's page
 */
public record AwaitingReply(
    UUID person,
    String personName,
    UUID thread,
    @Nullable String threadTitle,
    UUID message,
    String askedBy,
    Instant askedAt,
    String href) {}
