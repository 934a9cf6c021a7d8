package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A piece written in the app, checked and ready to save as a new version. */
record PieceDraft(
    String title,
    String summary,
    PieceKind kind,
    PieceAudience audience,
    List<String> topics,
    int minutes,
    String source,
    LocalDate reviewBy,
    String body,
    @Nullable String mediaHash,
    @Nullable String captionsHash,
    boolean published) {}
