package care.tandem.directory.curating;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Directory page requests through MockMvc, as an account or as nobody signed in. */
final class DirectoryRequests {

  private final MockMvc mvc;
  private final @Nullable Account account;

  DirectoryRequests(MockMvc mvc, @Nullable Account account) {
    this.mvc = mvc;
    this.account = account;
  }

  MvcResult get(String path) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
    if (account != null) {
      request.with(SignedInAs.account(account));
    }
    return mvc.perform(request).andReturn();
  }

  Document page(String path) throws Exception {
    return html(get(path));
  }

  /** Posts form fields; a List value posts the field once per item (checkboxes). */
  MvcResult post(String path, Map<String, ?> fields) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    if (account != null) {
      request.with(SignedInAs.account(account));
    }
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> many) {
            many.forEach(item -> request.param(name, String.valueOf(item)));
          } else if (value != null) {
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
