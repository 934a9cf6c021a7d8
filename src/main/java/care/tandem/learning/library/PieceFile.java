package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shipped piece as read from its file, before its media are stored. Fields that failed their
 * checks hold an empty value; the reader has recorded the problem.
 *
 * @param path the file, for problems: learning/pieces/slug.md
 * @param bodyText the body as plain text, for the reading-ease check
 * @param media the file name in learning/media/ of a video or recording
 * @param captions the file name in learning/media/ of a video's WebVTT captions
 */
public record PieceFile(
    String path,
    String slug,
    String title,
    String summary,
    @Nullable PieceKind kind,
    @Nullable PieceAudience audience,
    List<String> topics,
    int minutes,
    String source,
    List<String> sources,
    @Nullable LocalDate reviewed,
    @Nullable LocalDate reviewBy,
    int version,
    String body,
    String bodyText,
    @Nullable String media,
    @Nullable String captions) {

  /** Pieces for people or for everyone: held to the reading-ease floor. */
  public boolean forPeople() {
    return audience == PieceAudience.PEOPLE || audience == PieceAudience.BOTH;
  }
}
