package care.tandem.measures.demo;

import care.tandem.care.demo.DemoPeople;
import care.tandem.measures.SafetyAnswerGiven;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One open safety alert in the demo, so a newcomer (and the page checks) can see the alerts pages:
 * Aisha Rahman started a PHQ-9 and answered question 9 "Several days". Written the way the
 * answering pages write it, with the event; adds nothing on a restart. Demo profile only.
 */
@Component
@Profile("demo")
class DemoSafetyAlert extends DemoSeeding {

  static final UUID RESPONSE =
      UUID.nameUUIDFromBytes("tandem-demo:response:aisha-phq-9".getBytes(StandardCharsets.UTF_8));

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DemoSafetyAlert(
      JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transaction) {
    super(ABOUT_PEOPLE);
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    transaction.executeWithoutResult(status -> answer());
  }

  private void answer() {
    UUID person = DemoPeople.AISHA_RAHMAN;
    if (jdbc.sql("select count(*) from person where id = ?")
            .param(person)
            .query(Integer.class)
            .single()
        == 0) {
      return;
    }
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int added =
        jdbc.sql(
                """
                insert into measures_response (id, person_id, instrument, status, started_at)
                values (?, ?, 'phq-9', 'in-progress', ?) on conflict (id) do nothing
                """)
            .params(RESPONSE, person, Timestamp.from(at))
            .update();
    if (added == 0) {
      return;
    }
    jdbc.sql(
            """
            insert into measures_answer (response_id, link_id, value, answered_at)
            values (?, '9', 1, ?)
            """)
        .params(RESPONSE, Timestamp.from(at))
        .update();
    events.publishEvent(new SafetyAnswerGiven(RESPONSE, person, "phq-9", List.of("9"), at, null));
  }
}
