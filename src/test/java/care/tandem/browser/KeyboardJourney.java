package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.crawl.DemoRole;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
  private final boolean checkingAccessibility;

  private KeyboardJourney(Browser browser, boolean checkingAccessibility) {
    this.browser = browser;
    this.checkingAccessibility = checkingAccessibility;
  }

  /** A journey that runs axe on every page it reaches. */
  static KeyboardJourney checkingEveryPage(Browser browser) {
    return new KeyboardJourney(browser, true);
  }

  /** A journey in a browser without JavaScript, where axe (itself JavaScript) cannot run. */
  static KeyboardJourney withoutJavaScript(Browser browser) {
    return new KeyboardJourney(browser, false);
  }

  // ---- given

  KeyboardJourney givenIAmSignedOutOn(String path) {
    browser.forgetSession();
    browser.open(path);
    checkAccessibility();
    return this;
  }

  /** Opens a page by its address while signed in, as following a link from elsewhere would. */
  KeyboardJourney givenIAmOn(String path) {
    browser.open(path);
    checkAccessibility();
    return this;
  }

  // ---- when

  KeyboardJourney whenISignInAs(DemoRole role) {
    return whenISignInWith(role.email(), DemoRole.PASSWORD);
  }

  /** Signs in to an account a test made, with its email address and the tests' password. */
  KeyboardJourney whenISignInAs(Account account) {
    return whenISignInWith(account.email(), TestAccounts.PASSWORD);
  }

  KeyboardJourney whenISignInWith(String email, String password) {
    fillIn("Email address", email);
    fillIn("Password", password);
    return pressButton("Sign in");
  }

  /** Moves to the field with this label and types into it. */
  KeyboardJourney fillIn(String label, String text) {
    tabTo(fieldLabelled(label));
    new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    new Actions(driver()).sendKeys(Keys.DELETE).sendKeys(text).perform();
    return this;
  }

  /**
   * Picks the radio with this label as a keyboard user does: Tab into its group (which stops on one
   * radio only), then the arrow keys to move to it, and Space to be sure it is selected.
   */
  KeyboardJourney choose(String label) {
    WebElement radio = fieldLabelled(label);
    String group = radio.getDomAttribute("name");
    for (int presses = 0; !isRadioOf(driver().switchTo().activeElement(), group); presses++) {
      if (presses == MAX_TABS) {
        throw new AssertionError(
            "Could not reach the choices of "
                + group
                + " with the Tab key on "
                + browser.currentPath());
      }
      new Actions(driver()).sendKeys(Keys.TAB).perform();
    }
    int choices = driver().findElements(By.name(group)).size();
    for (int presses = 0; !driver().switchTo().activeElement().equals(radio); presses++) {
      if (presses > choices) {
        throw new AssertionError("Could not reach " + describe(radio) + " with the arrow keys");
      }
      new Actions(driver()).sendKeys(Keys.ARROW_DOWN).perform();
    }
    new Actions(driver()).sendKeys(Keys.SPACE).perform();
    assertThat(radio.isSelected()).as("“%s” is chosen", label).isTrue();
    return this;
  }

  /** Ticks the checkbox with this label as a keyboard user does: Tab to it, then Space. */
  KeyboardJourney tick(String label) {
    WebElement box = fieldLabelled(label);
    tabTo(box);
    if (!box.isSelected()) {
      new Actions(driver()).sendKeys(Keys.SPACE).perform();
    }
    assertThat(box.isSelected()).as("“%s” is ticked", label).isTrue();
    return this;
  }

  /** Picks an option of the drop-down with this label: Tab to it, then the arrow keys. */
  KeyboardJourney select(String label, String option) {
    WebElement field = fieldLabelled(label);
    tabTo(field);
    Select select = new Select(field);
    int options = select.getOptions().size();
    for (Keys key : List.of(Keys.ARROW_DOWN, Keys.ARROW_UP)) {
      for (int presses = 0;
          presses < options && !select.getFirstSelectedOption().getText().equals(option);
          presses++) {
        new Actions(driver()).sendKeys(key).perform();
      }
    }
    assertThat(select.getFirstSelectedOption().getText()).as(label).isEqualTo(option);
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

  /** Moves to the one link whose accessible name starts so (such as "Messages (3)"); follows it. */
  KeyboardJourney followLinkStartingWith(String namePrefix) {
    List<WebElement> matches =
        driver().findElements(By.cssSelector("a[href]")).stream()
            .filter(WebElement::isDisplayed)
            .filter(link -> accessibleName(link).startsWith(namePrefix))
            .toList();
    assertThat(matches)
        .as("exactly one link named “%s…” on %s", namePrefix, browser.currentPath())
        .hasSize(1);
    tabTo(matches.get(0));
    return navigatingWith(Keys.ENTER);
  }

  /** Moves to the first link in the main content going to an address that starts so; follows it. */
  KeyboardJourney followFirstLinkTo(String pathPrefix) {
    WebElement link =
        driver().findElements(By.cssSelector("main a[href]")).stream()
            .filter(candidate -> candidate.getDomAttribute("href").startsWith(pathPrefix))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No link to " + pathPrefix + " on " + browser.currentPath()));
    tabTo(link);
    return navigatingWith(Keys.ENTER);
  }

  /** The main heading of the page, which names what the page is about. */
  String heading() {
    return driver().findElement(By.tagName("h1")).getText();
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
    waitUpTo20Seconds().until(d -> isGone(page));
    waitUpTo20Seconds().until(d -> !d.findElements(By.tagName("footer")).isEmpty());
    checkAccessibility();
    return this;
  }

  /** Looks often: a page of Tandem is back in tens of milliseconds, not the default half second. */
  private WebDriverWait waitUpTo20Seconds() {
    WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(20));
    wait.pollingEvery(Duration.ofMillis(20));
    return wait;
  }

  /**
   * Whether the page this element was on has been replaced. Chromium sometimes answers a question
   * about an element of a page just replaced with "does not belong to the document" rather than a
   * stale element: that is gone too.
   */
  private static boolean isGone(WebElement element) {
    try {
      return Boolean.TRUE.equals(ExpectedConditions.stalenessOf(element).apply(null));
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private static boolean isRadioOf(WebElement element, String group) {
    return "radio".equals(element.getDomAttribute("type"))
        && group.equals(element.getDomAttribute("name"));
  }

  private void checkAccessibility() {
    if (checkingAccessibility) {
      Axe.assertNoViolations(driver());
    }
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
    List<WebElement> all = driver().findElements(candidates);
    // Asking the browser for each control's accessible name is slow (one call each), so first
    // keep, in one call, the shown controls whose text could give them this name.
    List<?> texts =
        (List<?>) ((JavascriptExecutor) driver()).executeScript(TEXTS_THAT_CAN_NAME, all);
    List<WebElement> likely = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (texts.get(i) instanceof String text && tidy(text).contains(name)) {
        likely.add(all.get(i));
      }
    }
    List<WebElement> matches =
        likely.stream().filter(element -> name.equals(accessibleName(element))).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    // The slow way, which also names every control for the message if it is not exactly one.
    List<WebElement> visible = all.stream().filter(WebElement::isDisplayed).toList();
    List<WebElement> named =
        visible.stream().filter(element -> name.equals(accessibleName(element))).toList();
    assertThat(named)
        .as(
            "exactly one control named “%s” on %s; the controls are named %s",
            name,
            browser.currentPath(),
            visible.stream().map(KeyboardJourney::accessibleName).toList())
        .hasSize(1);
    return named.get(0);
  }

  /**
   * For each element given, the text its accessible name can come from (its content, label,
   * aria-label, aria-labelledby, value or title), or null if it is not shown.
   */
  private static final String TEXTS_THAT_CAN_NAME =
      """
      return arguments[0].map(e => {
        if (e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden') {
          return null;
        }
        const byIds = (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
            .map(id => (document.getElementById(id) || {}).textContent || '');
        const labels = e.labels ? Array.from(e.labels, label => label.textContent) : [];
        return [e.textContent, e.getAttribute('aria-label'), e.value, e.title, ...labels, ...byIds]
            .filter(Boolean).join(' ');
      });
      """;

  private static String accessibleName(WebElement element) {
    return tidy(element.getAccessibleName());
  }

  /** Collapses white space (a visually hidden span can leave some before its punctuation). */
  private static String tidy(String name) {
    return name.replaceAll("(?U)\\s+", " ").replaceAll(" ([:;,.])", "$1").trim();
  }

  private static String describe(WebElement element) {
    return element.getTagName() + " “" + element.getAccessibleName() + "”";
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
