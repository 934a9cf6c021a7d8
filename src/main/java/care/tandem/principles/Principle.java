package care.tandem.principles;

import care.tandem.system.content.Markdown.Rendered;
import java.util.List;

/** A service principle as read from its file: its four fixed sections, in order. */
record Principle(
    String file, String id, int number, String title, String summary, List<Rendered> sections) {

  /** The four headings every principle uses, in this order. */
  static final List<String> SECTION_HEADINGS =
      List.of(
          "What it means for the person",
          "What it means for practitioners",
          "What it means for service leads and commissioners",
          "Signs it is happening");
}
