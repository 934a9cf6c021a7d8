package care.tandem.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.RenderedTemplates.Rendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * After every other full test but the log scan (LogsHoldNoClinicalTextTests): writes which page
 * template each page gate saw, for which kind of viewer and in which state, to {@code
 * target/template-coverage.md}, and fails when a page template in the source was never rendered by
 * a page gate, so a new page cannot escape them.
 */
@FullApplicationTest
@Order(Integer.MAX_VALUE - 1)
@Isolated("it reads what every other full test rendered")
class TemplateCoverageTests {

  static final Path TABLE = Path.of("target", "template-coverage.md");
  static final Path BEFORE = Path.of("docs", "testing", "template-coverage-before.tsv");

  /** Requests that check nothing about the page itself. */
  private static final Set<String> NOT_GATES =
      Set.of(RenderedTemplates.NO_GATE, RenderedTemplates.JOURNEY);

  @Test
  void everyPageTemplateIsCheckedByThePageGates() throws IOException {
    Set<Rendering> rendered = RenderedTemplates.soFar();
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, table(rendered));

    Set<String> gated =
        rendered.stream()
            .filter(rendering -> !NOT_GATES.contains(rendering.gate()))
            .map(Rendering::template)
            .collect(Collectors.toSet());
    List<String> pages = PageTemplates.inSource();
    assertThat(pages).isNotEmpty();
    assertThat(pages)
        .as("page templates no page gate rendered (table in %s)", TABLE)
        .filteredOn(template -> !gated.contains(template))
        .isEmpty();
  }

  /**
   * The page gates and journeys see every template, kind of viewer and state they saw before the
   * suite was rebuilt around one shared crawl (issue 11). A page that really goes away takes its
   * rows out of the file.
   */
  @Test
  void noTemplateViewerOrStateCheckedBeforeIsLost() throws IOException {
    Set<String> checked =
        RenderedTemplates.soFar().stream()
            .filter(rendering -> !rendering.gate().equals(RenderedTemplates.NO_GATE))
            .map(rendering -> key(rendering))
            .collect(Collectors.toSet());
    List<String> before =
        Files.readAllLines(BEFORE).stream().filter(line -> !line.startsWith("#")).toList();
    assertThat(before).isNotEmpty();
    assertThat(before)
        .as("rows of %s no page gate or journey rendered (this run: %s)", BEFORE, TABLE)
        .filteredOn(row -> !checked.contains(row))
        .isEmpty();
  }

  private static String key(Rendering rendering) {
    return rendering.template()
        + "\t"
        + rendering.viewer().label()
        + "\t"
        + rendering.state().label();
  }

  /** One row per template, kind of viewer and state, with the gates that saw it. */
  private static String table(Set<Rendering> rendered) {
    Map<String, Set<String>> gatesByRow = new TreeMap<>();
    for (Rendering rendering : rendered) {
      String row =
          "| "
              + rendering.template()
              + " | "
              + rendering.viewer().label()
              + " | "
              + rendering.state().label()
              + " |";
      gatesByRow.computeIfAbsent(row, key -> new TreeSet<>()).add(rendering.gate());
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Page templates rendered over HTTP in this test run");
    lines.add("");
    lines.add(
        PageTemplates.inSource().size()
            + " page templates in the source; "
            + gatesByRow.size()
            + " template × viewer × state rows rendered.");
    lines.add("");
    lines.add("| template | viewer | state | by |");
    lines.add("|---|---|---|---|");
    gatesByRow.entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry::getKey))
        .forEach(row -> lines.add(row.getKey() + " " + String.join(", ", row.getValue()) + " |"));
    return String.join("\n", lines) + "\n";
  }
}
