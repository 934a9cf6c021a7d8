package care.tandem.measures.answering;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The questionnaire pages as a browser without JavaScript would use them. */
final class AnsweringPages {

  private final MockMvc mvc;

  AnsweringPages(MockMvc mvc) {
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

  static Document html(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }
}
