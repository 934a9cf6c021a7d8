package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A thread with messages an account has not read yet.
 *
 * @param threadTitle null for the main conversation
 * @param latestFrom who wrote the newest unread message
 */
public record UnreadThread(
    UUID person,
    String personName,
    UUID thread,
    @Nullable String threadTitle,
    int unread,
    String latestFrom,
    Instant latestAt,
    String href) {}
