package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Opens and posts care pages as an account, and reads what came back. */
class CarePages {

  private final MockMvc mvc;

  CarePages(MockMvc mvc) {
    this.mvc = mvc;
  }

  MockHttpServletResponse open(String path, Account as) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(as))).andReturn().getResponse();
  }

  MockHttpServletResponse post(String path, Account as, Map<String, ?> form) throws Exception {
    MockHttpServletRequestBuilder request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(csrf())
            .with(SignedInAs.account(as));
    form.forEach(
        (name, value) -> {
          if (value instanceof Iterable<?> many) {
            many.forEach(one -> request.param(name, String.valueOf(one)));
          } else {
            request.param(name, String.valueOf(value));
          }
        });
    return mvc.perform(request).andReturn().getResponse();
  }

  /** The page as a document, after checking it has exactly one H1 and a title. */
  static Document page(MockHttpServletResponse response) throws Exception {
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("h1")).as("one H1").hasSize(1);
    assertThat(page.title()).as("title").isNotBlank();
    return page;
  }

  /** The error summary's messages, in order. */
  static java.util.List<String> errors(MockHttpServletResponse response) throws Exception {
    return page(response).select(".nhsuk-error-summary__list a").eachText();
  }
}
