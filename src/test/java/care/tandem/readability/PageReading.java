package care.tandem.readability;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The reading ease of one page (or part of one) and the floor it is held to, if any. The Flesch
 * formula needs a sample of running text: under {@value #SAMPLE_WORDS} words a page is not judged
 * on its own but pooled with the other short pages of its audience, and the pool is judged.
 */
record PageReading(String page, Audience audience, ReadingEase ease) {

  static final int SAMPLE_WORDS = 100;

  /** Who reads the page, which decides the floor. */
  enum Audience {
    /** The person themselves, possibly tired, in pain or anxious: plain English. */
    PATIENT_FACING(60.0),
    /** Practitioners: professional text, still plain. */
    GUIDE(50.0),
    /** Staff and admin screens: reported, not held to a floor. */
    OTHER(null);

    private final @Nullable Double floor;

    Audience(@Nullable Double floor) {
      this.floor = floor;
    }

    @Nullable Double floor() {
      return floor;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  boolean isShort() {
    return ease.words() < SAMPLE_WORDS;
  }

  boolean belowFloor() {
    Double floor = audience.floor();
    return floor != null && !isShort() && ease.score() < floor;
  }

  String row() {
    Double floor = audience.floor();
    return "| %s | %s | %d | %d | %.1f | %.1f | %s | %s |"
        .formatted(
            page,
            audience.label(),
            ease.words(),
            ease.sentences(),
            ease.words() == 0 ? 0.0 : (double) ease.words() / ease.sentences(),
            ease.score(),
            floor == null ? "–" : "%.0f".formatted(floor),
            belowFloor() ? "**below floor**" : isShort() && floor != null ? "pooled" : "ok");
  }
}
