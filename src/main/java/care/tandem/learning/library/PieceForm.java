package care.tandem.learning.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The write or change a piece form, as typed. Checks across fields and turning it into a {@link
 * PieceDraft} are {@link PieceChecks}'. {@code version} and {@code idempotencyKey} are hidden;
 * {@code slug} is only asked for a new piece.
 */
record PieceForm(
    @Nullable String slug,
    @NotBlank(message = "Enter a title")
        @Size(max = 69, message = "Title must be 69 characters or fewer")
        @Nullable String title,
    @NotBlank(message = "Enter a summary")
        @Size(max = 300, message = "Summary must be 300 characters or fewer")
        @Nullable String summary,
    @Nullable String kind,
    @Nullable String audience,
    @Nullable List<String> topics,
    @Nullable String minutes,
    @NotBlank(message = "Enter where the facts come from")
        @Size(max = 1000, message = "Source must be 1,000 characters or fewer")
        @Nullable String source,
    @Nullable String reviewByDay,
    @Nullable String reviewByMonth,
    @Nullable String reviewByYear,
    @NotBlank(message = "Enter the text, or the transcript of the video or recording")
        @Size(max = 50000, message = "Text must be 50,000 characters or fewer")
        @Nullable String body,
    @Nullable String media,
    @Nullable String captions,
    @Nullable List<String> published,
    @Nullable String version,
    @Nullable String idempotencyKey) {

  static final String PUBLISHED = "yes";

  static PieceForm blank() {
    return new PieceForm(
        null,
        null,
        null,
        "article",
        "people",
        List.of(),
        null,
        "Written by the Tandem team from ",
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        "0",
        UUID.randomUUID().toString());
  }

  /** The form filled from a draft, to change it (or to copy a shipped piece under a new slug). */
  static PieceForm of(@Nullable String slug, PieceDraft draft, int version) {
    return new PieceForm(
        slug,
        draft.title(),
        draft.summary(),
        draft.kind().code(),
        draft.audience().code(),
        draft.topics(),
        String.valueOf(draft.minutes()),
        draft.source(),
        String.valueOf(draft.reviewBy().getDayOfMonth()),
        String.valueOf(draft.reviewBy().getMonthValue()),
        String.valueOf(draft.reviewBy().getYear()),
        draft.body(),
        draft.mediaHash(),
        draft.captionsHash(),
        draft.published() ? List.of(PUBLISHED) : List.of(),
        String.valueOf(version),
        UUID.randomUUID().toString());
  }

  boolean publish() {
    return published != null && published.contains(PUBLISHED);
  }
}
