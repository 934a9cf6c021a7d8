package care.tandem.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills in the real sign-in form as a person would: whatever the field names, the email goes in the
 * email field and the password in the password field, and the hidden CSRF token goes back.
 */
final class SignInForm {

  private SignInForm() {}

  static void signIn(SiteClient client, String email, String password) {
    Page page = client.get("/sign-in");
    if (page.status() != 200 || !page.isHtml()) {
      throw new AssertionError(
          "Cannot sign in as " + email + ": GET /sign-in answered " + page.statuses());
    }
    Document document = page.document();
    Element form = document.selectFirst("form:has(input[type=password])");
    if (form == null) {
      throw new AssertionError("The sign-in page has no form with a password field");
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type").toLowerCase();
      String value =
          switch (type) {
            case "password" -> password;
            case "email", "text", "" -> email;
            case "checkbox", "radio" -> input.hasAttr("checked") ? input.val() : null;
            default -> input.val();
          };
      if (value != null) {
        fields.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(value);
      }
    }
    String action = form.hasAttr("action") ? form.absUrl("action") : page.address().toString();
    Page landing = client.postForm(action, fields);
    Document after = landing.document();
    if (after.selectFirst("form[action=/sign-out]") == null) {
      Element summary = after.selectFirst(".nhsuk-error-summary");
      throw new AssertionError(
          "Signing in as "
              + email
              + " did not work: ended on "
              + landing.finalPath()
              + " "
              + landing.statuses()
              + (summary == null ? "" : " saying: " + summary.text()));
    }
  }
}
