package care.tandem.identity.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Admin page requests through MockMvc, signed in as a given account. */
final class AdminRequests {

  private final MockMvc mvc;
  private final Account admin;

  AdminRequests(MockMvc mvc, Account admin) {
    this.mvc = mvc;
    this.admin = admin;
  }

  Document page(String path) throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get(path).with(SignedInAs.account(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    // Cells read as a screen reader reads them: without the headings a phone shows in each cell.
    page.select(".nhsuk-table__heading[aria-hidden=true]").remove();
    return page;
  }

  /** Posts form fields; a List value posts the field once per item (checkboxes). */
  MvcResult post(String path, Map<String, ?> fields) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path).with(csrf()).with(SignedInAs.account(admin));
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> many) {
            many.forEach(item -> request.param(name, String.valueOf(item)));
          } else {
            request.param(name, String.valueOf(value));
          }
        });
    return mvc.perform(request).andReturn();
  }

  static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  static String notice(MvcResult result) {
    return String.valueOf(result.getFlashMap().get("notice"));
  }
}
