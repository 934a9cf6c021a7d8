package care.tandem.care.timeline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry a listener adds, named by its source so a replayed event adds nothing.
 *
 * @param source what happened, unique within its kind: a message's id, a team place's id...
 */
record NewEntry(
    UUID person,
    Instant occurredAt,
    TimelineKind kind,
    @Nullable UUID actor,
    String title,
    @Nullable String link,
    UUID source) {

  static final int TITLE_LIMIT = 200;

  NewEntry {
    title = shorten(title.strip().isEmpty() ? kind.label() : title.strip());
  }

  /** Long titles (a goal's whole wording, say) end in an ellipsis, never half a character. */
  private static String shorten(String title) {
    if (title.length() <= TITLE_LIMIT) {
      return title;
    }
    int cut = TITLE_LIMIT - 1;
    if (Character.isHighSurrogate(title.charAt(cut - 1))) {
      cut--;
    }
    return title.substring(0, cut) + "…";
  }
}
