package care.tandem.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message on a record, for other parts of Tandem (timeline, home pages, FHIR).
 *
 * @param threadTitle null for the main conversation
 * @param author the account that wrote it; null only for a demo message from a person with no
 *     account
 * @param byThePerson whether the person whose record this is wrote it
 * @param text what it says now; null when an admin has hidden it
 * @param replyRequestedFrom the account asked to reply, if any
 * @param href its place on the thread's page
 */
public record MessageSummary(
    UUID id,
    UUID person,
    UUID thread,
    @Nullable String threadTitle,
    @Nullable UUID author,
    String authorName,
    boolean byThePerson,
    Instant postedAt,
    @Nullable String text,
    boolean edited,
    @Nullable UUID replyRequestedFrom,
    boolean awaitingReply,
    String href) {

  public boolean hidden() {
    return text == null;
  }
}
