package care.tandem.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The words a page itself says: its main content without the header, navigation, footer,
 * breadcrumbs or text hidden from sighted readers, as blocks (paragraphs, items, headings, cells).
 */
final class MainText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "td",
          "th",
          "dt",
          "dd",
          "label",
          "legend",
          "summary",
          "caption",
          "figcaption",
          "blockquote",
          "button",
          "div",
          "section",
          "main",
          "article",
          "aside",
          "details");

  private static final String NOT_READ =
      "header, nav, footer, .nhsuk-breadcrumb, .nhsuk-back-link, .nhsuk-skip-link,"
          + " .nhsuk-u-visually-hidden, script, style, svg, code, pre, [hidden], [aria-hidden=true]";

  private MainText() {}

  static List<String> of(Document page) {
    Element main = page.selectFirst("main");
    return main == null ? List.of() : of(main);
  }

  /** The blocks of one part of a page, for example a single section. */
  static List<String> of(Element part) {
    Element copy = part.clone();
    copy.select(NOT_READ).remove();
    Map<Element, StringBuilder> blocks = new LinkedHashMap<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode text && !text.isBlank()) {
                blocks
                    .computeIfAbsent(blockOf(text, copy), block -> new StringBuilder())
                    .append(text.getWholeText());
              }
            },
        copy);
    List<String> texts = new ArrayList<>();
    blocks.values().forEach(text -> texts.add(text.toString().replaceAll("\\s+", " ").trim()));
    return texts;
  }

  private static Element blockOf(Node node, Element root) {
    Element parent = node.parent() instanceof Element element ? element : root;
    while (parent != root && !isBlock(parent)) {
      parent = parent.parent();
    }
    return parent;
  }

  private static boolean isBlock(Element element) {
    return BLOCKS.contains(element.tagName())
        || (element.tagName().equals("span") && element.hasClass("nhsuk-hint"))
        || (element.tagName().equals("a") && element.hasClass("nhsuk-action-link"));
  }
}
