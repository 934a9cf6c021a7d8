package care.tandem.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reported message as an admin sees it: who wrote it and when, and what it says, without the
 * rest of the record (not even whose record it is).
 *
 * @param paragraphs empty once hidden
 * @param hiddenNote "Hidden on … Reason: …", once hidden
 */
public record ModeratedMessage(
    String id,
    String author,
    String postedAt,
    boolean edited,
    List<List<String>> paragraphs,
    @Nullable String hiddenNote,
    String hideHref) {

  public boolean hidden() {
    return hiddenNote != null;
  }
}
