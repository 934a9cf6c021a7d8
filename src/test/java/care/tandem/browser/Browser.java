package care.tandem.browser;

import care.tandem.coverage.RenderedTemplates;
import care.tandem.crawl.SiteClient;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium shared by all tests of a class (starting one per test would be slow),
 * pointed at the application the Spring test started.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

  /** A common phone's width in CSS pixels (an iPhone 12 to 15). */
  static final int PHONE_WIDTH = 390;

  private final boolean javascript;
  private Chromium.Session session;
  private URI base;

  private Browser(boolean javascript) {
    this.javascript = javascript;
  }

  static Browser withJavaScript() {
    return new Browser(true);
  }

  static Browser withoutJavaScript() {
    return new Browser(false);
  }

  /**
   * A browser of its own for the application at this port, outside any test class's lifecycle,
   * working for the page gate running now.
   */
  static Browser startedFor(int port, boolean javascript) {
    Browser browser = new Browser(javascript);
    browser.base = URI.create("http://localhost:" + port + "/");
    browser.session = Chromium.start(javascript, RenderedTemplates.gate());
    return browser;
  }

  void stop() {
    if (session != null) {
      session.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String port =
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port");
    base = URI.create("http://localhost:" + port + "/");
    session = Chromium.start(javascript, RenderedTemplates.gateOf(context.getRequiredTestClass()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (session != null) {
      session.stop();
    }
  }

  /** Makes the window as narrow as a phone's: 390 CSS pixels wide. */
  void asAPhone() {
    // Emulated rather than a resized window: a desktop window has a minimum width.
    session
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 0, "mobile", false));
  }

  /** Back to the desktop window every browser starts with. */
  void asADesktop() {
    session.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). Asked
   * of the browser itself, so it works with JavaScript switched off too.
   */
  long sidewaysOverflow() {
    Map<String, Object> metrics =
        session.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
    long content = ((Number) ((Map<?, ?>) metrics.get("cssContentSize")).get("width")).longValue();
    long viewport =
        ((Number) ((Map<?, ?>) metrics.get("cssLayoutViewport")).get("clientWidth")).longValue();
    return Math.max(0, content - viewport);
  }

  WebDriver driver() {
    return session.driver();
  }

  int port() {
    return base.getPort();
  }

  void open(String pathAndQuery) {
    driver().get(base.resolve(pathAndQuery).toString());
  }

  /** The path and query the browser is showing. */
  String currentPath() {
    URI now = URI.create(driver().getCurrentUrl());
    return now.getRawQuery() == null
        ? now.getRawPath()
        : now.getRawPath() + "?" + now.getRawQuery();
  }

  /** Types into the field with this label (not a keyboard journey: just reaching a state). */
  void fillIn(String label, String text) {
    WebElement field = fieldLabelled(label);
    field.clear();
    field.sendKeys(text);
  }

  /** Sends the form that holds the field with this label. */
  void submitFormOf(String label) {
    fieldLabelled(label).submit();
  }

  private WebElement fieldLabelled(String label) {
    WebElement labelElement =
        driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
    return driver().findElement(By.id(labelElement.getDomAttribute("for")));
  }

  /** Takes over the session of a visitor who signed in over HTTP (or forgets everyone). */
  void useSessionOf(SiteClient visitor) {
    open("/favicon.ico");
    driver().manage().deleteAllCookies();
    visitor
        .cookies()
        .forEach(
            (name, value) ->
                driver()
                    .manage()
                    .addCookie(new Cookie.Builder(name, value).path("/").isHttpOnly(true).build()));
  }

  void forgetSession() {
    open("/favicon.ico");
    driver().manage().deleteAllCookies();
  }
}
