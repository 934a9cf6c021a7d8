package care.tandem.learning;

import care.tandem.learning.media.MediaItem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One piece of the library, in its current published version.
 *
 * @param slug its address, {@code /learn/<slug>}, never changed once published
 * @param topics topic codes (docs/learning.md lists them)
 * @param minutes reading time, or the length of a video or recording, rounded up
 * @param source where its facts come from, or "Written by the Tandem team from …"
 * @param body Markdown: the text, or a video's or recording's transcript
 * @param media the video or recording, when the piece has one
 * @param captions the video's WebVTT captions
 */
public record Piece(
    String slug,
    String title,
    String summary,
    PieceKind kind,
    PieceAudience audience,
    List<String> topics,
    int minutes,
    String source,
    LocalDate reviewBy,
    int version,
    String body,
    @Nullable MediaItem media,
    @Nullable MediaItem captions) {

  public String path() {
    return "/learn/" + slug;
  }

  public boolean forPeople() {
    return audience != PieceAudience.STAFF;
  }
}
