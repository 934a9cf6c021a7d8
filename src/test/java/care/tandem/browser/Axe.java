package care.tandem.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (the copy shipped in {@code com.deque.html.axe-core:selenium}) against the page in
 * the browser for WCAG 2.2 AA, and allows not one violation.
 *
 * <p>Axe is put into every page through the DevTools protocol when the browser starts, and asked
 * for violations only, instead of sending 560 KB of script and getting every passing check back on
 * each call as {@code AxeBuilder} does: about three times faster, which matters for a crawl of
 * hundreds of pages on two cores.
 */
final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String SOURCE = load();

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {
          runOnly: {type: 'tag', values: arguments[0]},
          resultTypes: ['violations']
        })
        .then(results => done(results.violations.map(rule => ({
          rule: rule.id,
          impact: String(rule.impact),
          help: rule.help,
          helpUrl: rule.helpUrl,
          targets: rule.nodes.map(node => JSON.stringify(node.target))
        }))))
        .catch(error => done('axe failed: ' + error));
      """;

  private Axe() {}

  /** Makes axe available in every page this browser opens from now on. */
  static void installInto(ChromeDriver driver) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
  }

  static void assertNoViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object';"))) {
      js.executeScript(SOURCE);
    }
    Object answer = js.executeAsyncScript(RUN, TAGS);
    if (answer instanceof String failure) {
      throw new AssertionError(failure + " on " + driver.getCurrentUrl());
    }
    List<?> violations = (List<?>) answer;
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " accessibility violation(s) on "
              + driver.getCurrentUrl()
              + ":\n"
              + violations.stream()
                  .map(violation -> describe((Map<?, ?>) violation))
                  .collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Map<?, ?> violation) {
    return "- %s (%s): %s [%s]%n%s"
        .formatted(
            violation.get("rule"),
            violation.get("impact"),
            violation.get("help"),
            violation.get("helpUrl"),
            ((List<?>) violation.get("targets"))
                .stream()
                    .map(target -> "    at " + target)
                    .collect(Collectors.joining(System.lineSeparator())));
  }

  private static String load() {
    try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
      return new String(
          Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
