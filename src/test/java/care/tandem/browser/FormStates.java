package care.tandem.browser;

import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opentest4j.TestAbortedException;

/**
 * Pages no link leads to: forms sent with mistakes and error pages. Each is a role, a name and the
 * steps that reach it in the browser.
 */
record FormStates(DemoRole role, String name, Consumer<Browser> steps) {

  /** The states every accessibility run checks, besides the forms found by crawling. */
  static List<FormStates> all() {
    List<FormStates> states =
        List.of(
            new FormStates(
                DemoRole.ANONYMOUS,
                "a page that does not exist",
                browser -> browser.open("/no-such-page")),
            new FormStates(
                DemoRole.ANONYMOUS,
                "the sign-in page after an unknown email address and password",
                browser -> {
                  browser.open("/sign-in");
                  browser.fillIn("Email address", "nobody@demo.tandem");
                  browser.fillIn("Password", "not-the-password");
                  browser.submitFormOf("Password");
                }),
            new FormStates(
                DemoRole.PATIENT,
                "a page a patient may not see",
                browser -> browser.open("/admin")),
            new FormStates(
                DemoRole.PHYSIOTHERAPIST,
                "an address nobody has",
                browser -> browser.open("/no-such-page")),
            new FormStates(
                DemoRole.ANONYMOUS,
                "a guide search with nothing entered",
                browser -> browser.open("/guide/search?q=")),
            new FormStates(
                DemoRole.ANONYMOUS,
                "a guide search with a 1,000-character query",
                browser -> browser.open("/guide/search?q=" + "pain+".repeat(200))));
    return states.stream().filter(state -> DemoRole.crawled().contains(state.role())).toList();
  }

  /**
   * Each distinct form where a person types or chooses something, sent with every field left empty,
   * which shows its error pattern. Forms with nothing to fill in (sign out, remove, delete) are
   * left alone so the crawl changes nothing.
   */
  static List<FormStates> emptySubmissions(DemoRole role, Iterable<Page> pages) {
    Map<String, FormStates> distinct = new LinkedHashMap<>();
    for (Page page : pages) {
      if (!page.isHtml()) {
        continue;
      }
      for (Element form : page.document().select("form[method=post]")) {
        List<String> fields = new ArrayList<>();
        // Each field once: a list of choices can grow while the form stays the same form.
        form.select("input:not([type=hidden]):not([type=submit]), textarea, select")
            .forEach(
                field -> {
                  if (!fields.contains(field.attr("name"))) {
                    fields.add(field.attr("name"));
                  }
                });
        if (fields.isEmpty()) {
          continue;
        }
        String key =
            form.attr("action").replaceAll("[0-9a-f-]{36}|[a-z0-9-]{20,}", "{id}") + fields;
        String action = form.attr("action");
        distinct.putIfAbsent(
            key,
            new FormStates(
                role,
                "form " + action + " on " + page.finalPath() + " sent empty",
                browser -> {
                  browser.open(page.finalPath());
                  sendEmpty(sameForm(browser, action, fields, page.finalPath()));
                }));
      }
    }
    return List.copyOf(distinct.values());
  }

  /**
   * The form with this action and these fields on the page as the browser sees it now. A page can
   * change between the crawl and the check (a message read, a request decided), so the form is
   * found by what it is, not by its position; if it has gone, the check cannot be made and says so.
   */
  private static WebElement sameForm(
      Browser browser, String action, List<String> fields, String path) {
    return browser.driver().findElements(By.cssSelector("form[method=post]")).stream()
        .filter(form -> action.equals(String.valueOf(form.getDomAttribute("action"))))
        .filter(
            form ->
                form
                    .findElements(
                        By.cssSelector(
                            "input:not([type=hidden]):not([type=submit]), textarea, select"))
                    .stream()
                    .map(field -> field.getDomAttribute("name"))
                    .distinct()
                    .toList()
                    .equals(fields))
        .findFirst()
        .orElseThrow(
            () ->
                new TestAbortedException(
                    "The form " + action + " is no longer on " + path + ": the page changed"));
  }

  private static void sendEmpty(WebElement form) {
    for (WebElement field :
        form.findElements(
            By.cssSelector(
                "input[type=text], input[type=email], input[type=password], input[type=number], input[type=date], input:not([type]), textarea"))) {
      field.clear();
    }
    form.submit();
  }

  void reach(Browser browser) {
    steps.accept(browser);
  }

  @Override
  public String toString() {
    return name + " (as " + role + ")";
  }
}
