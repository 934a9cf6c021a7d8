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
      List<Element> forms = page.document().select("form[method=post]");
      for (int index = 0; index < forms.size(); index++) {
        Element form = forms.get(index);
        List<String> fields = new ArrayList<>();
        form.select("input:not([type=hidden]):not([type=submit]), textarea, select")
            .forEach(field -> fields.add(field.attr("name")));
        if (fields.isEmpty()) {
          continue;
        }
        String key =
            form.attr("action").replaceAll("[0-9a-f-]{36}|[a-z0-9-]{20,}", "{id}") + fields;
        int formIndex = index;
        distinct.putIfAbsent(
            key,
            new FormStates(
                role,
                "form " + form.attr("action") + " on " + page.finalPath() + " sent empty",
                browser -> {
                  browser.open(page.finalPath());
                  sendEmpty(
                      browser
                          .driver()
                          .findElements(By.cssSelector("form[method=post]"))
                          .get(formIndex));
                }));
      }
    }
    return List.copyOf(distinct.values());
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
