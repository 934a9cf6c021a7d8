package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;

/** Someone opened a thread on a person's record and read messages they had not read before. */
public record MessagesRead(UUID person, UUID reader, Instant at) {}
