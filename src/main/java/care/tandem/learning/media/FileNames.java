package care.tandem.learning.media;

import java.text.Normalizer;

/**
 * A file name as people gave it, cleaned for display and for a download's Content-Disposition:
 * never used as a path. Folders, control and format characters, quotes and slashes go; dots and
 * spaces at either end go; it is cut to {@value #MAXIMUM_LENGTH} characters.
 */
final class FileNames {

  static final int MAXIMUM_LENGTH = 100;
  static final String UNNAMED = "file";

  private FileNames() {}

  static String cleaned(String given) {
    String name = Normalizer.normalize(given, Normalizer.Form.NFC);
    int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(folder + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .filter(c -> Character.getType(c) != Character.SURROGATE)
        .filter(c -> Character.getType(c) != Character.PRIVATE_USE)
        .filter(c -> Character.getType(c) != Character.UNASSIGNED)
        .map(c -> "\"<>:*?|;%".indexOf(c) >= 0 ? '_' : c)
        .map(c -> Character.isWhitespace(c) ? ' ' : c)
        .forEach(kept::appendCodePoint);
    String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
    if (cleaned.codePointCount(0, cleaned.length()) > MAXIMUM_LENGTH) {
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAXIMUM_LENGTH)).strip();
    }
    return cleaned.isEmpty() ? UNNAMED : cleaned;
  }
}
