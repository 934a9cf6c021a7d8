package care.tandem.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core against the page in the browser: WCAG 2.2 AA, and not one violation allowed. */
final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Axe() {}

  static void assertNoViolations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError(
          "axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " accessibility violation(s) on "
              + driver.getCurrentUrl()
              + ":\n"
              + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " ["
        + rule.getHelpUrl()
        + "]\n"
        + rule.getNodes().stream()
            .map(CheckedNode::getTarget)
            .map(target -> "    at " + target)
            .collect(Collectors.joining("\n"));
  }
}
