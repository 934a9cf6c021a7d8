package care.tandem.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Plan pages as a browser would use them: open a page, fill in its form, post it. */
final class PlanRequests {

  private final MockMvc mvc;

  PlanRequests(MockMvc mvc) {
    this.mvc = mvc;
  }

  MockHttpServletResponse open(String path, Account as) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(as))).andReturn().getResponse();
  }

  Document page(String path, Account as) throws Exception {
    MockHttpServletResponse response = open(path, as);
    if (response.getStatus() != 200) {
      throw new AssertionError(path + " gave " + response.getStatus());
    }
    return Jsoup.parse(response.getContentAsString());
  }

  MockHttpServletResponse post(String path, Account as, Map<String, String> fields)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path).with(csrf()).with(SignedInAs.account(as));
    fields.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  /**
   * Every field of the page's form (the one posting to {@code action}), as the page filled it in,
   * with {@code changes} applied: what a browser would send.
   */
  static Map<String, String> form(Document page, String action, Map<String, String> changes) {
    Element form = page.selectFirst("form[action=" + action + "]");
    if (form == null) {
      throw new AssertionError("No form posting to " + action);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input, textarea")) {
      String name = input.attr("name");
      String type = input.attr("type");
      if (name.isEmpty() || name.equals("_csrf")) {
        continue;
      }
      if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
        continue;
      }
      fields.put(name, input.val());
    }
    fields.putAll(changes);
    return fields;
  }

  static Document html(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }
}
