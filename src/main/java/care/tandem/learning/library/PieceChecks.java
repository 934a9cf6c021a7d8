package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaStore;
import care.tandem.system.form.FormView;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a posted piece beyond its field annotations: a free slug for a new piece, a known kind,
 * audience and topics, a real review date in the future, and for a published video its video,
 * WebVTT captions and transcript (an audio piece its recording), chosen from the media store.
 */
@Component
class PieceChecks {

  static final int MAX_SLUG = 60;

  private final MediaStore media;
  private final Clock clock;

  PieceChecks(MediaStore media) {
    this.media = media;
    this.clock = Clock.system(java.time.ZoneId.of("Europe/London"));
  }

  /** The form shown again with its problems, or the draft when there are none. */
  record Checked(FormView form, @Nullable PieceDraft draft) {}

  /**
   * @param slugFree for a new piece, tells whether a slug is free; null when changing a piece
   */
  Checked check(PieceForm form, BindingResult result, @Nullable Predicate<String> slugFree) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (slugFree != null) {
      String slug = form.slug() == null ? "" : form.slug().strip();
      if (slug.isEmpty()) {
        errors.put("slug", "Enter a web address for the piece");
      } else if (slug.length() > MAX_SLUG || !PieceFileReader.SLUG.matcher(slug).matches()) {
        errors.put(
            "slug",
            "Web address must use only lowercase letters, numbers and dashes, like"
                + " planning-a-good-day");
      } else if (!slugFree.test(slug)) {
        errors.put("slug", "Another piece already uses this web address. Choose another");
      }
    }
    PieceKind kind = choice(PieceKind.class, form.kind());
    if (kind == null) {
      errors.put("kind", "Select what kind of piece this is");
    }
    PieceAudience audience = choice(PieceAudience.class, form.audience());
    if (audience == null) {
      errors.put("audience", "Select who the piece is for");
    }
    List<String> topics = form.topics() == null ? List.of() : form.topics();
    if (topics.isEmpty()) {
      errors.put("topics", "Select at least one topic");
    } else if (!LibraryTopics.ALL.keySet().containsAll(topics)) {
      errors.put("topics", "Select topics from the list");
    }
    Integer minutes = number(form.minutes());
    if (minutes == null || minutes < 1 || minutes > 600) {
      errors.put("minutes", "Enter how many minutes it takes, as a number like 4");
    }
    LocalDate reviewBy = date(form, errors);
    String mediaHash = null;
    String captionsHash = null;
    if (kind == PieceKind.VIDEO || kind == PieceKind.AUDIO) {
      String type = kind == PieceKind.VIDEO ? "video/" : "audio/";
      String what = kind == PieceKind.VIDEO ? "video" : "recording";
      mediaHash =
          chosen(
              form.media(),
              type,
              form.publish(),
              "media",
              "Choose the " + what + " file",
              "Choose a " + what + " file from the list",
              errors);
    }
    if (kind == PieceKind.VIDEO) {
      captionsHash =
          chosen(
              form.captions(),
              "text/vtt",
              form.publish(),
              "captions",
              "Choose the captions file: a video cannot be published without captions",
              "Choose a WebVTT captions file from the list",
              errors);
    }
    FormView view = FormView.of(result);
    for (var error : errors.entrySet()) {
      if (!view.field(error.getKey()).hasError()) {
        view = view.withError(error.getKey(), error.getValue());
      }
    }
    if (view.hasErrors()) {
      return new Checked(view, null);
    }
    return new Checked(
        view,
        new PieceDraft(
            Objects.requireNonNull(form.title()).strip(),
            Objects.requireNonNull(form.summary()).strip(),
            Objects.requireNonNull(kind),
            Objects.requireNonNull(audience),
            List.copyOf(new java.util.LinkedHashSet<>(topics)),
            Objects.requireNonNull(minutes),
            Objects.requireNonNull(form.source()).strip(),
            Objects.requireNonNull(reviewBy),
            Objects.requireNonNull(form.body()).strip(),
            mediaHash,
            captionsHash,
            form.publish()));
  }

  private @Nullable String chosen(
      @Nullable String hash,
      String type,
      boolean publishing,
      String field,
      String missing,
      String wrong,
      Map<String, String> errors) {
    if (hash == null || hash.isBlank()) {
      if (publishing) {
        errors.put(field, missing);
      }
      return null;
    }
    MediaItem item = media.find(hash.strip()).orElse(null);
    if (item == null || !item.contentType().toLowerCase(Locale.ROOT).startsWith(type)) {
      errors.put(field, wrong);
      return null;
    }
    return item.hash();
  }

  private @Nullable LocalDate date(PieceForm form, Map<String, String> errors) {
    Integer day = number(form.reviewByDay());
    Integer month = number(form.reviewByMonth());
    Integer year = number(form.reviewByYear());
    if (day == null || month == null || year == null) {
      errors.put(
          "reviewByDay",
          "Enter the date the piece should next be checked, with a day," + " month and year");
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (!date.isAfter(LocalDate.now(clock)) || year > 2200) {
        errors.put("reviewByDay", "The date it should next be checked must be in the future");
        return null;
      }
      return date;
    } catch (DateTimeException e) {
      errors.put("reviewByDay", "The date it should next be checked must be a real date");
      return null;
    }
  }

  private static @Nullable Integer number(@Nullable String text) {
    if (text == null || !text.strip().matches("\\d{1,4}")) {
      return null;
    }
    return Integer.valueOf(text.strip());
  }

  private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String code) {
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(code)) {
        return value;
      }
    }
    return null;
  }
}
