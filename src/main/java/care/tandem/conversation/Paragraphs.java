package care.tandem.conversation;

import java.util.Arrays;
import java.util.List;

/**
 * A message's text as the page shows it: paragraphs (split at blank lines), each a list of lines,
 * so line breaks are kept without putting any of the text into markup.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<List<String>> of(String text) {
    return Arrays.stream(text.split("\n\\s*\n"))
        .map(String::strip)
        .filter(paragraph -> !paragraph.isEmpty())
        .map(paragraph -> Arrays.stream(paragraph.split("\n")).map(String::strip).toList())
        .toList();
  }
}
