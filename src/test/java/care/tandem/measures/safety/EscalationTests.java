package care.tandem.measures.safety;

import static care.tandem.measures.safety.SafetyTesting.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hazard H4: an alert nobody acknowledges goes to the service lead after the configured working
 * time (default 4 hours), and not before. Raised Friday 4pm, it escalates Monday at noon.
 */
@FullApplicationTest
class EscalationTests {

  static final Instant FRIDAY_4PM = Instant.parse("2027-01-08T16:00:00Z");
  static final Instant MONDAY_NOON = Instant.parse("2027-01-11T12:00:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;
  @Autowired Escalations escalations;

  SafetyTesting safety;
  CareRecords records;
  Account lead;
  Account serviceLead;
  UUID service;
  UUID person;
  UUID alert;

  @BeforeEach
  void setUp() {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    safety = new SafetyTesting(jdbc, new TransactionTemplate(transactions), events, mvc);
    records = new CareRecords(testAccounts, people, jdbc, accounts);
    service = records.newService();
    lead = records.practitionerIn(service, Discipline.MENTAL_HEALTH_PRACTITIONER);
    serviceLead = serviceLeadOf(service, testAccounts);
    person = records.personCaredForBy(lead);
    alert = safety.alertFor(safety.answerWorryingly(person, FRIDAY_4PM));
  }

  private Account serviceLeadOf(UUID service, TestAccounts testAccounts) {
    UUID organisation =
        jdbc.sql("select organisation_id from care_service where id = ?")
            .param(service)
            .query(UUID.class)
            .single();
    UUID id =
        accounts
            .create(
                "lead-" + UUID.randomUUID() + "@example.org",
                new AccountDetails(
                    "Service lead " + service.toString().substring(0, 4),
                    Role.SERVICE_LEAD,
                    null,
                    Set.of(organisation),
                    Set.of(service)),
                TestAccounts.PASSWORD,
                UUID.randomUUID(),
                testAccounts.admin())
            .id();
    jdbc.sql("update account set password_must_change = false where id = ?").param(id).update();
    return accounts.find(id).orElseThrow();
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void anUnacknowledgedAlertEscalatesAtTheConfiguredWorkingTimeAndNotBefore() {
    assertThat(escalations.escalateIfDue(alert, at(MONDAY_NOON.minusSeconds(1))))
        .isEqualTo(Escalations.Result.NOT_YET);
    assertThat(safety.alertRow(alert).get("escalated_at")).isNull();

    assertThat(escalations.escalateIfDue(alert, at(MONDAY_NOON)))
        .isEqualTo(Escalations.Result.ESCALATED);

    assertThat(safety.alertRow(alert).get("escalated_at")).isNotNull();
    assertThat(
            jdbc.sql("select service_id from measures_alert_escalation where alert_id = ?")
                .param(alert)
                .query(UUID.class)
                .list())
        .containsExactly(service);
    assertThat(records.audited(person, "safety-alert.escalated", "success")).isEqualTo(1);
  }

  @Test
  void escalatingTwiceDoesNothingTheSecondTime() {
    escalations.escalateIfDue(alert, at(MONDAY_NOON));

    assertThat(escalations.escalateIfDue(alert, at(MONDAY_NOON.plusSeconds(60))))
        .isEqualTo(Escalations.Result.NOT_NEEDED);
    assertThat(records.audited(person, "safety-alert.escalated", "success")).isEqualTo(1);
  }

  @Test
  void anAcknowledgedAlertDoesNotEscalate() throws Exception {
    safety.post(
        "/alerts/" + alert + "/acknowledge",
        lead,
        java.util.Map.of("version", "0", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(escalations.escalateIfDue(alert, at(MONDAY_NOON)))
        .isEqualTo(Escalations.Result.NOT_NEEDED);
    assertThat(safety.alertRow(alert).get("escalated_at")).isNull();
  }

  @Test
  void theServiceLeadSeesTheEscalatedAlertWithoutClinicalDetail() throws Exception {
    assertThat(page(safety.open("/alerts", serviceLead)).text())
        .contains("No alerts have waited too long in your services");

    escalations.escalateIfDue(alert, at(MONDAY_NOON));

    Document list = page(safety.open("/alerts", serviceLead));
    assertThat(list.text())
        .contains("Sent to you as service lead", lead.displayName())
        .doesNotContain("Test Person");
    Document home = page(safety.open("/home", serviceLead));
    assertThat(home.select("a[href=/alerts]")).isNotEmpty();
    assertThat(home.text()).contains("1 alert has been sent to you as service lead");
    assertThat(safety.open("/alerts/" + alert, serviceLead).getStatus()).isEqualTo(404);
  }
}
