package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;

/** How far an account has read a thread: every message up to and including {@code readUpTo}. */
record ReadMarker(UUID thread, UUID account, long readUpTo, Instant readAt) {}
