package care.tandem.learning.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a Range header asks of a file of a given size (RFC 9110, section 14): the whole file, some
 * parts of it, or nothing it can have (416). Choices where the RFC leaves one:
 *
 * <ul>
 *   <li>no header, or a unit other than bytes: the whole file (the RFC says ignore it);
 *   <li>a malformed header, more than {@value #MOST_RANGES} ranges, or ranges that overlap: 416,
 *       since these come from broken clients or attacks, never from a media player;
 *   <li>some ranges past the end and some not: the parts that exist; all past the end: 416.
 * </ul>
 */
sealed interface ByteRanges {

  int MOST_RANGES = 10;

  /** The whole file, 200. */
  record Whole() implements ByteRanges {}

  /** These parts, in the order asked, 206. */
  record Parts(List<Span> spans) implements ByteRanges {}

  /** Nothing that can be served, 416 with {@code Content-Range: bytes *}{@code /size}. */
  record Unsatisfiable() implements ByteRanges {}

  /** Bytes {@code first} to {@code last}, both included. */
  record Span(long first, long last) {
    long length() {
      return last - first + 1;
    }

    String contentRange(long size) {
      return "bytes " + first + "-" + last + "/" + size;
    }
  }

  Pattern SPEC = Pattern.compile("(\\d{0,18})-(\\d{0,18})");

  static ByteRanges of(@Nullable String header, long size) {
    if (header == null || header.isBlank()) {
      return new Whole();
    }
    int equals = header.indexOf('=');
    if (equals < 0) {
      return new Unsatisfiable();
    }
    if (!header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
      return new Whole();
    }
    List<Span> spans = new ArrayList<>();
    int asked = 0;
    for (String part : header.substring(equals + 1).split(",", -1)) {
      String spec = part.strip();
      if (spec.isEmpty()) {
        continue;
      }
      if (++asked > MOST_RANGES) {
        return new Unsatisfiable();
      }
      Matcher matcher = SPEC.matcher(spec);
      if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
        return new Unsatisfiable();
      }
      Span span = resolve(matcher.group(1), matcher.group(2), size);
      if (span == BAD) {
        return new Unsatisfiable();
      }
      if (span != null) {
        spans.add(span);
      }
    }
    if (spans.isEmpty() || overlap(spans)) {
      return new Unsatisfiable();
    }
    return new Parts(List.copyOf(spans));
  }

  /** Marks a range that is malformed (first after last), as opposed to one past the end (null). */
  Span BAD = new Span(-1, -1);

  private static @Nullable Span resolve(String first, String last, long size) {
    if (first.isEmpty()) {
      long suffix = Long.parseLong(last);
      return suffix == 0 || size == 0 ? null : new Span(Math.max(0, size - suffix), size - 1);
    }
    long start = Long.parseLong(first);
    if (!last.isEmpty() && Long.parseLong(last) < start) {
      return BAD;
    }
    if (start >= size) {
      return null;
    }
    long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
    return new Span(start, end);
  }

  private static boolean overlap(List<Span> spans) {
    List<Span> sorted = spans.stream().sorted(Comparator.comparingLong(Span::first)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).first() <= sorted.get(i - 1).last()) {
        return true;
      }
    }
    return false;
  }
}
