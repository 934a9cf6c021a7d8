package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The accessibility check itself can fail, and says where and why. */
@Tag("browser") // needs Chromium: run by Failsafe with the other browser tests
@Execution(ExecutionMode.SAME_THREAD)
class AxeTests {

  private static Chromium.Session browser;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start(true, null);
  }

  @AfterAll
  static void stopBrowser() {
    browser.stop();
  }

  @Test
  void failsListingRuleImpactTargetAndHelpForEachViolation() {
    open("<html><body><img src='/x.png'><a href='/'></a></body></html>");
    assertThatThrownBy(() -> Axe.assertNoViolations(browser.driver()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("- image-alt (critical): Images must have alternative text")
        .hasMessageContaining("at [\"img\"]")
        .hasMessageContaining("- html-has-lang (serious)")
        .hasMessageContaining("- document-title (serious)")
        .hasMessageContaining("- link-name (serious)");
  }

  @Test
  void passesAnAccessiblePage() {
    open(
        "<html lang='en'><head><title>Fine</title></head><body><main><h1>Fine</h1>"
            + "<p>Nothing wrong here.</p></main></body></html>");
    assertThatCode(() -> Axe.assertNoViolations(browser.driver())).doesNotThrowAnyException();
  }

  private static void open(String html) {
    browser
        .driver()
        .get(
            "data:text/html,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
