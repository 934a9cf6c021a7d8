package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A thread on a person's record: their one ongoing conversation (no title), or a topic thread such
 * as "Medication review".
 */
record ConversationThread(
    UUID id, UUID person, @Nullable String title, @Nullable UUID startedBy, Instant startedAt) {

  boolean isMain() {
    return title == null;
  }
}
