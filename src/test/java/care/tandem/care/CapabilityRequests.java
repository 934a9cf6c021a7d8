package care.tandem.care;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** For {@link CapabilityAttempts}: requests as someone, forms as a page shows them, alerts. */
final class CapabilityRequests {

  private final MockMvc mvc;
  private final JdbcClient jdbc;

  CapabilityRequests(MockMvc mvc, JdbcClient jdbc) {
    this.mvc = mvc;
    this.jdbc = jdbc;
  }

  /** An alert on the person's record, as a worrying PHQ-9 answer raises (made here directly). */
  UUID raiseAlert(UUID person) {
    UUID response = UUID.randomUUID();
    jdbc.sql(
            """
            insert into measures_response (id, person_id, instrument, status, started_at)
            values (?, ?, 'phq-9', 'in-progress', now())
            """)
        .params(response, person)
        .update();
    UUID alert = UUID.randomUUID();
    jdbc.sql(
            """
            insert into measures_alert (id, person_id, response_id, instrument, flagged,
              raised_at, escalation_due_at) values (?, ?, ?, 'phq-9', '{9}', now(),
              now() + interval '1 day')
            """)
        .params(alert, person, response)
        .update();
    return alert;
  }

  MockHttpServletResponse send(
      MockHttpServletRequestBuilder request, Map<String, String> form, Account who)
      throws Exception {
    form.forEach(request::param);
    return mvc.perform(request.with(csrf()).with(SignedInAs.account(who)))
        .andReturn()
        .getResponse();
  }

  /** The fields of the page's form that posts to {@code address}, as a browser would send them. */
  Map<String, String> formOn(String address, Account who) throws Exception {
    String html =
        mvc.perform(get(address).with(SignedInAs.account(who)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Element form = Jsoup.parse(html).selectFirst("form[action=" + address + "]");
    if (form == null) {
      throw new IllegalStateException("No form posting to " + address + " for " + who.role());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], textarea[name], select[name]")) {
      String name = input.attr("name");
      String type = input.attr("type");
      if (input.tagName().equals("textarea")) {
        fields.put(name, input.text());
      } else if (input.tagName().equals("select")) {
        Element option = input.selectFirst("option[selected], option[value]");
        fields.put(name, option == null ? "" : option.attr("value"));
      } else if (type.equals("radio") || type.equals("checkbox")) {
        if (input.hasAttr("checked") || (type.equals("radio") && !fields.containsKey(name))) {
          fields.put(name, input.attr("value"));
        }
      } else {
        fields.put(name, input.attr("value"));
      }
    }
    return fields;
  }
}
