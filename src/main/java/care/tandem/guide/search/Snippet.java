package care.tandem.guide.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text with some words highlighted, as plain-text parts. Templates escape each part and
 * wrap highlighted parts in {@code <mark>}, so neither content nor query can inject HTML.
 */
public record Snippet(List<Part> parts) {

  /** Marks PostgreSQL puts around each highlighted word; the stored text never contains them. */
  static final String START = "\uE000";

  static final String STOP = "\uE001";

  public record Part(String text, boolean highlighted) {}

  /** Splits text from {@code ts_headline} at the highlight marks. */
  static Snippet parse(String headline) {
    List<Part> parts = new ArrayList<>();
    int position = 0;
    while (position < headline.length()) {
      int start = headline.indexOf(START, position);
      if (start < 0) {
        add(parts, headline.substring(position), false);
        break;
      }
      add(parts, headline.substring(position, start), false);
      int stop = headline.indexOf(STOP, start + 1);
      int end = stop < 0 ? headline.length() : stop;
      add(parts, headline.substring(start + 1, end), true);
      position = stop < 0 ? end : stop + 1;
    }
    return new Snippet(List.copyOf(parts));
  }

  private static void add(List<Part> parts, String text, boolean highlighted) {
    String clean = text.replace(START, "").replace(STOP, "");
    if (!clean.isEmpty()) {
      parts.add(new Part(clean, highlighted));
    }
  }
}
