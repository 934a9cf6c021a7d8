package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A message's text as it was before an edit: version 0 is what was first posted.
 *
 * @param writtenAt when this text was written (posted, or the edit before)
 * @param replacedAt when it was changed
 */
record EarlierText(UUID message, int version, String text, Instant writtenAt, Instant replacedAt) {}
