package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as stored. Never deleted: an edit keeps the earlier text ({@link EarlierText}) and an
 * admin may hide it.
 *
 * @param seq the order of posting, which read markers point into
 * @param author the account that wrote it; null only for a demo message from a person who has no
 *     account of their own
 * @param byThePerson whether the person whose record this is wrote it
 * @param replyRequestedFrom the account asked to reply, if any
 * @param repliedAt when that account replied in the thread
 */
record Message(
    UUID id,
    long seq,
    UUID thread,
    UUID person,
    @Nullable UUID author,
    boolean byThePerson,
    String text,
    Instant postedAt,
    @Nullable UUID replyRequestedFrom,
    @Nullable Instant repliedAt,
    int version,
    @Nullable Instant editedAt,
    @Nullable Instant hiddenAt) {

  boolean isHidden() {
    return hiddenAt != null;
  }

  boolean isEdited() {
    return editedAt != null;
  }

  boolean awaitsReply() {
    return replyRequestedFrom != null && repliedAt == null && !isHidden();
  }

  boolean isBy(UUID account) {
    return account.equals(author);
  }
}
