package care.tandem.measures.safety;

import static care.tandem.measures.safety.SafetyTesting.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.Instant;
import java.util.Map;
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

/** Hazard H2: crisis support stays on the person's home page until a clinician has responded. */
@FullApplicationTest
class SafetyHomeSectionTests {

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;

  SafetyTesting safety;
  CareRecords records;
  Account lead;
  Account patient;
  UUID person;

  @BeforeEach
  void setUp() {
    safety = new SafetyTesting(jdbc, new TransactionTemplate(transactions), events, mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    lead = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);
    person = records.personCaredForBy(lead);
    patient = records.account(Role.PATIENT);
    records.link(person, patient);
  }

  @Test
  void thePersonSeesCrisisSupportFirstUntilTheAlertIsClosed() throws Exception {
    assertThat(page(safety.open("/home", patient)).select("[data-crisis-seen-note]")).isEmpty();
    UUID alert = safety.alertFor(safety.answerWorryingly(person, Instant.now()));

    Document home = page(safety.open("/home", patient));
    assertThat(home.select("a[href=tel:111]")).isNotEmpty();
    assertThat(home.select("a[href=tel:116123]")).isNotEmpty();
    assertThat(home.select("a[href=sms:85258]")).isNotEmpty();
    assertThat(home.text()).contains("999", "No one watches your answers as you give them");

    safety.post(
        "/alerts/" + alert + "/acknowledge",
        lead,
        Map.of("version", "0", "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(page(safety.open("/home", patient)).select("a[href=tel:111]")).isNotEmpty();

    safety.post(
        "/alerts/" + alert + "/close",
        lead,
        Map.of(
            "version",
            "1",
            "idempotencyKey",
            UUID.randomUUID().toString(),
            "outcome",
            "contacted"));
    assertThat(page(safety.open("/home", patient)).select("a[href=tel:111]")).isEmpty();
  }

  @Test
  void theOwnerSeesTheAlertWaitingOnTheirHomePage() throws Exception {
    assertThat(page(safety.open("/home", lead)).text()).doesNotContain("Safety alerts need you");
    safety.answerWorryingly(person, Instant.now());

    Document home = page(safety.open("/home", lead));
    assertThat(home.text())
        .contains("Safety alerts need you", "1 alert is waiting for you or your care teams");
    assertThat(home.select("a[href=/alerts]")).isNotEmpty();
  }
}
