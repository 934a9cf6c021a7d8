package care.tandem.system.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NHS.UK design system's own examples ({@code fixtures.json} in each component folder of the
 * installed npm package) and a canonical form of HTML that ignores what a browser ignores:
 * whitespace between tags, attribute order and quoting.
 */
final class DesignSystemFixtures {

  private static final Path COMPONENTS =
      Path.of("frontend/node_modules/nhsuk-frontend/dist/nhsuk/components");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DesignSystemFixtures() {}

  /** The first example of {@code component} with this name. */
  static Fixture fixture(String component, String name) {
    return fixtures(component).stream()
        .filter(fixture -> fixture.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No fixture '" + name + "' in " + component));
  }

  static List<Fixture> fixtures(String component) {
    Path file = COMPONENTS.resolve(component).resolve("fixtures.json");
    assertThat(file)
        .as("The design system is installed by the build (cd frontend && npm ci --ignore-scripts)")
        .exists();
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      List<Fixture> fixtures = new ArrayList<>();
      for (JsonNode fixture : root.get("fixtures")) {
        fixtures.add(
            new Fixture(
                fixture.get("name").asString(),
                fixture.get("context"),
                fixture.get("html").asString()));
      }
      return fixtures;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  /**
   * The option paths an example was rendered with, such as {@code label.heading}, {@code
   * items[].text} or {@code small:bool}: a component test runs every example whose options all have
   * a counterpart in our component, and shows which ones it left out.
   */
  static Set<String> shape(JsonNode node) {
    Set<String> paths = new TreeSet<>();
    shape(node, "", paths);
    return paths;
  }

  private static void shape(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        shape(
            property.getValue(),
            path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
            paths);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node.values()) {
        shape(item, path + "[]", paths);
      }
    } else {
      paths.add(path + (node.isBoolean() ? ":bool" : node.isNull() ? ":null" : ""));
    }
  }

  /** One line per element or text run, attributes sorted, whitespace collapsed. */
  static String canonical(String html) {
    StringBuilder out = new StringBuilder();
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      write(node, 0, out);
    }
    return out.toString();
  }

  private static void write(Node node, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    if (node instanceof TextNode text) {
      String words = text.getWholeText().replaceAll("\\s+", " ").strip();
      if (!words.isEmpty()) {
        out.append(indent).append(words).append('\n');
      }
    } else if (node instanceof Element element) {
      out.append(indent).append('<').append(element.tagName());
      element.attributes().asList().stream()
          .sorted(Comparator.comparing(Attribute::getKey))
          .forEach(
              attribute ->
                  out.append(' ')
                      .append(attribute.getKey())
                      .append("=\"")
                      .append(attribute.getValue().replaceAll("\\s+", " ").strip())
                      .append('"'));
      out.append(">\n");
      for (Node child : element.childNodes()) {
        write(child, depth + 1, out);
      }
    }
  }

  /** A design-system example: the options it was rendered with and the HTML it produced. */
  record Fixture(String name, JsonNode context, String html) {

    /** The text at a JSON pointer such as {@code /label/heading}, or null. */
    @Nullable String text(String path) {
      JsonNode node = context.at(path);
      return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    /** The HTML inside the first element matching {@code selector}, minus {@code without}. */
    boolean flag(String path) {
      return context.at(path).asBoolean(false);
    }

    boolean has(String path) {
      JsonNode node = context.at(path);
      return !node.isMissingNode() && !node.isNull();
    }

    String innerHtml(String selector, String without) {
      Element element = Jsoup.parseBodyFragment(html).selectFirst(selector).clone();
      element.select(without).remove();
      return element.html();
    }
  }
}
