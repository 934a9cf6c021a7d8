package care.tandem.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * What every response must get right whoever asks: no server error, nothing of the code's insides
 * shown, and for HTML exactly one H1 and a title.
 */
public final class PageChecks {

  /**
   * Signs that internals leaked: stack frames, Java and Spring package names, qualified or compound
   * exception class names. A bare "exception" is allowed: guide content may use the word.
   */
  private static final Pattern LEAKED_INTERNALS =
      Pattern.compile(
          "at care\\.tandem|org\\.springframework|java\\.lang|jakarta\\.servlet|gg\\.jte"
              + "|org\\.apache\\.|Caused by:|\\bException[:(]|\\b[A-Z][A-Za-z]+Exception\\b"
              + "|Whitelabel Error Page|\\tat [a-z]");

  private PageChecks() {}

  /** The problems with one response, empty when it is sound. */
  public static List<String> problemsWith(Page page) {
    List<String> problems = new ArrayList<>();
    if (page.worstStatus() >= 500) {
      problems.add("answered " + page.statuses() + " (a server error)");
    }
    var leak = LEAKED_INTERNALS.matcher(page.body());
    if (leak.find()) {
      problems.add("shows internals: …" + around(page.body(), leak.start()) + "…");
    }
    if (page.isHtml()) {
      Document document = page.document();
      int headings = document.select("h1").size();
      if (headings != 1) {
        problems.add("has " + headings + " H1 headings instead of exactly one");
      }
      if (document.title().isBlank()) {
        problems.add("has no title");
      }
    }
    return problems;
  }

  public static void assertSound(Page page) {
    List<String> problems = problemsWith(page);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          page.requested() + " (ended on " + page.finalPath() + ") " + String.join("; ", problems));
    }
  }

  private static String around(String text, int index) {
    int from = Math.max(0, index - 40);
    int to = Math.min(text.length(), index + 80);
    return text.substring(from, to).replaceAll("\\s+", " ");
  }
}
