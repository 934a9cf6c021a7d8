package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.crawl.DemoRole;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using only a keyboard: they move with Tab, follow links and send forms with Enter, press
 * buttons with Space and type into fields. Targets are found the way assistive technology finds
 * them — by label, role and accessible name — and every page reached is checked with axe.
 */
final class KeyboardJourney {

  /** More Tab presses than any page here needs; failing to get there is a finding. */
  private static final int MAX_TABS = 250;

  private final Browser browser;

  KeyboardJourney(Browser browser) {
    this.browser = browser;
  }

  // ---- given

  KeyboardJourney givenIAmSignedOutOn(String path) {
    browser.forgetSession();
    browser.open(path);
    Axe.assertNoViolations(driver());
    return this;
  }

  // ---- when

  KeyboardJourney whenISignInAs(DemoRole role) {
    fillIn("Email address", role.email());
    fillIn("Password", DemoRole.PASSWORD);
    return pressButton("Sign in");
  }

  /** Moves to the field with this label and types into it. */
  KeyboardJourney fillIn(String label, String text) {
    tabTo(fieldLabelled(label));
    new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    new Actions(driver()).sendKeys(Keys.DELETE).sendKeys(text).perform();
    return this;
  }

  /** Sends the form from the field that has focus, as Enter does. */
  KeyboardJourney pressEnterToSend() {
    return navigatingWith(Keys.ENTER);
  }

  /** Moves to the button with this accessible name and presses it with Space. */
  KeyboardJourney pressButton(String name) {
    tabTo(named(By.cssSelector("button, input[type=submit], [role=button]"), name));
    return navigatingWith(Keys.SPACE);
  }

  /** Moves to the link with this accessible name and follows it with Enter. */
  KeyboardJourney followLink(String name) {
    tabTo(named(By.cssSelector("a[href]"), name));
    return navigatingWith(Keys.ENTER);
  }

  /** Moves to the first link inside the element matched and follows it; returns its name. */
  String followFirstLinkIn(By area) {
    WebElement link = driver().findElement(area).findElement(By.cssSelector("a[href]"));
    String name = link.getAccessibleName();
    tabTo(link);
    navigatingWith(Keys.ENTER);
    return name;
  }

  // ---- then

  KeyboardJourney thenTheHeadingIs(String heading) {
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    return this;
  }

  KeyboardJourney thenThePageSays(String text) {
    assertThat(driver().findElement(By.tagName("main")).getText()).contains(text);
    return this;
  }

  KeyboardJourney thenIAmOn(String pathPrefix) {
    assertThat(browser.currentPath()).startsWith(pathPrefix);
    return this;
  }

  // ---- the keyboard itself

  private KeyboardJourney navigatingWith(Keys key) {
    WebElement page = driver().findElement(By.tagName("html"));
    new Actions(driver()).sendKeys(key).perform();
    new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(d -> Objects.equals(js(d, "return document.readyState"), "complete"));
    Axe.assertNoViolations(driver());
    return this;
  }

  private void tabTo(WebElement target) {
    for (int presses = 0; presses < MAX_TABS; presses++) {
      if (driver().switchTo().activeElement().equals(target)) {
        return;
      }
      new Actions(driver()).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError(
        "Could not reach "
            + describe(target)
            + " with the Tab key on "
            + browser.currentPath()
            + " after "
            + MAX_TABS
            + " presses");
  }

  private WebElement fieldLabelled(String label) {
    List<WebElement> labels =
        driver().findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
    assertThat(labels).as("a field labelled “%s” on %s", label, browser.currentPath()).hasSize(1);
    return driver().findElement(By.id(labels.get(0).getAttribute("for")));
  }

  private WebElement named(By candidates, String name) {
    List<WebElement> matches =
        driver().findElements(candidates).stream()
            .filter(WebElement::isDisplayed)
            .filter(element -> name.equals(element.getAccessibleName().trim()))
            .toList();
    assertThat(matches)
        .as("exactly one control named “%s” on %s", name, browser.currentPath())
        .hasSize(1);
    return matches.get(0);
  }

  private static String describe(WebElement element) {
    return element.getTagName() + " “" + element.getAccessibleName() + "”";
  }

  private static Object js(WebDriver driver, String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
