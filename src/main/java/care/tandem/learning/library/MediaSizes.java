package care.tandem.learning.library;

import java.util.Locale;

/** A file size as people say it: "2.1 MB", "640 KB". */
final class MediaSizes {

  private MediaSizes() {}

  static String of(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.UK, "%.1f MB", bytes / 1_000_000.0);
    }
    return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
  }
}
