package care.tandem.learning.library;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One saved version of a piece written in the app; the current one has the highest version. */
record WrittenPiece(
    String slug,
    int version,
    @Nullable String copiedFrom,
    PieceDraft draft,
    UUID editedBy,
    Instant editedAt) {}
