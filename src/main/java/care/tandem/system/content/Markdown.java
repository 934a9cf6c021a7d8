package care.tandem.system.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders content Markdown to HTML that is safe to put on a page as it is: raw HTML in the source
 * is escaped and unsafe link schemes are removed. Also gives the plain text, for search.
 */
public final class Markdown {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(HeadingAnchorExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

  private Markdown() {}

  /** The whole text rendered. */
  public static Rendered render(String markdown) {
    Node document = PARSER.parse(markdown);
    return new Rendered(HTML.render(document).strip(), TEXT.render(document).strip());
  }

  /** The levels of the headings in the text, in order, for rules such as "no H1 in a body". */
  public static List<Integer> headingLevels(String markdown) {
    List<Integer> levels = new ArrayList<>();
    for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        levels.add(heading.getLevel());
      }
    }
    return levels;
  }

  /**
   * The text split at its level-2 headings. Anything before the first such heading comes first,
   * under an empty heading.
   */
  public static List<Section> sections(String markdown) {
    List<Section> sections = new ArrayList<>();
    String heading = "";
    List<Node> content = new ArrayList<>();
    Node node = PARSER.parse(markdown).getFirstChild();
    while (node != null) {
      Node next = node.getNext();
      if (node instanceof Heading h && h.getLevel() == 2) {
        sections.add(section(heading, content));
        heading = headingText(h);
        content = new ArrayList<>();
      } else {
        content.add(node);
      }
      node = next;
    }
    sections.add(section(heading, content));
    if (sections.get(0).heading().isEmpty() && sections.get(0).content().text().isEmpty()) {
      sections.remove(0);
    }
    return sections;
  }

  private static Section section(String heading, List<Node> nodes) {
    var document = new org.commonmark.node.Document();
    nodes.forEach(document::appendChild);
    return new Section(
        heading, new Rendered(HTML.render(document).strip(), TEXT.render(document).strip()));
  }

  private static String headingText(Heading heading) {
    StringBuilder text = new StringBuilder();
    for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
      text.append(child instanceof Text t ? t.getLiteral() : TEXT.render(child));
    }
    return text.toString().strip();
  }

  /** Rendered Markdown: HTML for the page, plain text for search and readability checks. */
  public record Rendered(String html, String text) {}

  /** A part of a text under one level-2 heading. */
  public record Section(String heading, Rendered content) {}
}
