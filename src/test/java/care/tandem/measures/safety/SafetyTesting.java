package care.tandem.measures.safety;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.SafetyAnswerGiven;
import care.tandem.measures.testing.TestInstruments;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises alerts the way the answering pages will (a response row, its answer, and {@link
 * SafetyAnswerGiven} in one transaction), and opens and posts the alerts pages.
 */
final class SafetyTesting {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final MockMvc mvc;

  SafetyTesting(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      MockMvc mvc) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.events = events;
    this.mvc = mvc;
  }

  /** A response in progress with a worrying answer stored, and the event published, committed. */
  UUID answerWorryingly(UUID person, Instant at) {
    UUID response = UUID.randomUUID();
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
                  insert into measures_response (id, person_id, instrument, status, started_at)
                  values (?, ?, ?, 'in-progress', ?)
                  """)
              .params(response, person, TestInstruments.ID, Timestamp.from(at))
              .update();
          jdbc.sql(
                  """
                  insert into measures_answer (response_id, link_id, value, answered_at)
                  values (?, ?, 2, ?)
                  """)
              .params(response, TestInstruments.SAFETY_QUESTION, Timestamp.from(at))
              .update();
          publish(response, person, at);
        });
    return response;
  }

  /** The event again, for the same response, in a transaction of its own. */
  void answerAgain(UUID response, UUID person, Instant at) {
    transaction.executeWithoutResult(status -> publish(response, person, at));
  }

  private void publish(UUID response, UUID person, Instant at) {
    events.publishEvent(
        new SafetyAnswerGiven(
            response,
            person,
            TestInstruments.ID,
            List.of(TestInstruments.SAFETY_QUESTION),
            at,
            null));
  }

  UUID alertFor(UUID response) {
    return jdbc.sql("select id from measures_alert where response_id = ?")
        .param(response)
        .query(UUID.class)
        .single();
  }

  int alertsFor(UUID person) {
    return jdbc.sql("select count(*) from measures_alert where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  Map<String, Object> alertRow(UUID alert) {
    return jdbc.sql("select * from measures_alert where id = ?").param(alert).query().singleRow();
  }

  int version(UUID alert) {
    return jdbc.sql("select version from measures_alert where id = ?")
        .param(alert)
        .query(Integer.class)
        .single();
  }

  MockHttpServletResponse open(String path, Account as) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(as))).andReturn().getResponse();
  }

  MockHttpServletResponse post(String path, Account as, Map<String, String> form) throws Exception {
    MockHttpServletRequestBuilder request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(csrf())
            .with(SignedInAs.account(as));
    form.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  static Document page(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }
}
