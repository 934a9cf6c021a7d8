package care.tandem.measures.safety;

import static care.tandem.measures.safety.SafetyTesting.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ModuleEvents;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FullApplicationTest
class AlertPagesTests {

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;

  SafetyTesting safety;
  CareRecords records;
  Account lead;
  UUID person;
  UUID alert;

  @BeforeEach
  void setUp() {
    safety = new SafetyTesting(jdbc, new TransactionTemplate(transactions), events, mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    lead = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);
    person = records.personCaredForBy(lead);
    alert = safety.alertFor(safety.answerWorryingly(person, Instant.now()));
  }

  private Account joinTeam(Discipline discipline) {
    Account member = records.practitioner(discipline);
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, lead, joined_at)
            values (?, ?, ?, 'Helper', false, now())
            """)
        .params(UUID.randomUUID(), person, member.id())
        .update();
    return member;
  }

  private Map<String, String> form(int version, String... more) {
    var form = new java.util.HashMap<String, String>();
    form.put("version", String.valueOf(version));
    form.put("idempotencyKey", UUID.randomUUID().toString());
    for (int i = 0; i < more.length; i += 2) {
      form.put(more[i], more[i + 1]);
    }
    return form;
  }

  @Test
  void theTeamSeesTheAlertListedWithItsOwnerAndOpensIt() throws Exception {
    Document list = page(safety.open("/alerts", lead));
    assertThat(list.select("h1").text()).isEqualTo("Safety alerts");
    assertThat(list.select("a[href=/alerts/" + alert + "]").text()).isEqualTo("Test Person");

    Document opened = page(safety.open("/alerts/" + alert, lead));
    assertThat(opened.select("h1").text()).isEqualTo("Test Person");
    assertThat(opened.text())
        .contains("Thoughts that you would be better off dead", "Owner You", "Waiting");
    assertThat(records.audited(person, "safety-alert.viewed", "success")).isEqualTo(1);
  }

  @Test
  void acknowledgingSaysWhoWillActAndARepeatedPostChangesNothing() throws Exception {
    Account colleague = joinTeam(Discipline.GP);
    Map<String, String> acknowledge = form(0);

    MockHttpServletResponse sent =
        safety.post("/alerts/" + alert + "/acknowledge", colleague, acknowledge);
    MockHttpServletResponse again =
        safety.post("/alerts/" + alert + "/acknowledge", colleague, acknowledge);

    assertThat(sent.getRedirectedUrl()).isEqualTo("/alerts/" + alert);
    assertThat(again.getRedirectedUrl()).isEqualTo("/alerts/" + alert);
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("acknowledged");
    assertThat(safety.alertRow(alert).get("acknowledged_by")).isEqualTo(colleague.id());
    assertThat(safety.version(alert)).isEqualTo(1);
    assertThat(page(safety.open("/alerts/" + alert, lead)).text())
        .contains("Acknowledged by " + colleague.displayName());
  }

  @Test
  void closingWithAnOutcomeRecordsItAndTellsThePersonWithoutDetail() throws Exception {
    MockHttpServletResponse closed =
        safety.post(
            "/alerts/" + alert + "/close",
            lead,
            form(0, "outcome", "contacted", "note", "Phoned, agreed safety plan"));

    assertThat(closed.getRedirectedUrl()).isEqualTo("/alerts");
    var row = safety.alertRow(alert);
    assertThat(row.get("status")).isEqualTo("closed");
    assertThat(row.get("outcome")).isEqualTo("contacted");
    assertThat(row.get("closed_by")).isEqualTo(lead.id());
    assertThat(records.audited(person, "safety-alert.closed", "success")).isEqualTo(1);
    ModuleEvents.awaitHandled(jdbc, person);
    String title =
        jdbc.sql("select title from care_timeline_entry where person_id = ? and kind = ?")
            .params(person, "measures.alert-closed")
            .query(String.class)
            .single();
    assertThat(title).isEqualTo("Your team followed up your questionnaire answer");
    assertThat(page(safety.open("/alerts", lead)).select("a[href=/alerts/" + alert + "]"))
        .isEmpty();
  }

  @Test
  void noFurtherActionNeedsAReason() throws Exception {
    MockHttpServletResponse sent =
        safety.post(
            "/alerts/" + alert + "/close",
            lead,
            form(0, "outcome", "no-further-action", "note", " "));

    assertThat(sent.getStatus()).isEqualTo(200);
    Document again = page(sent);
    assertThat(again.title()).startsWith("Error: ");
    assertThat(again.select(".nhsuk-error-summary").text())
        .contains("Enter why no further action is needed");
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("open");
  }

  @Test
  void anOutcomeMustBeChosen() throws Exception {
    Document again = page(safety.post("/alerts/" + alert + "/close", lead, form(0)));

    assertThat(again.select(".nhsuk-error-summary").text()).contains("Select what was done");
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("open");
  }

  @Test
  void aVolunteerOnTheTeamCannotCloseButAnotherClinicianCan() throws Exception {
    Account volunteer = joinTeam(Discipline.VOLUNTEER);
    Account physio = joinTeam(Discipline.PHYSIOTHERAPIST);

    Document volunteersPage = page(safety.open("/alerts/" + alert, volunteer));
    assertThat(volunteersPage.text())
        .contains("Only a clinician on the care team can acknowledge or close this alert");
    assertThat(volunteersPage.select("form[action$=/acknowledge]")).isEmpty();
    MockHttpServletResponse notAcknowledged =
        safety.post("/alerts/" + alert + "/acknowledge", volunteer, form(0));
    assertThat(notAcknowledged.getStatus()).isEqualTo(403);
    MockHttpServletResponse refused =
        safety.post("/alerts/" + alert + "/close", volunteer, form(0, "outcome", "contacted"));
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("open");
    assertThat(records.audited(person, "safety-alert.closed", "denied")).isEqualTo(1);

    MockHttpServletResponse closed =
        safety.post(
            "/alerts/" + alert + "/close", physio, form(0, "outcome", "safety-plan-reviewed"));
    assertThat(closed.getRedirectedUrl()).isEqualTo("/alerts");
  }

  @Test
  void someoneNotOnTheTeamGetsNotFoundAndIsAudited() throws Exception {
    Account stranger = records.practitioner(Discipline.GP);

    assertThat(safety.open("/alerts/" + alert, stranger).getStatus()).isEqualTo(404);
    assertThat(safety.post("/alerts/" + alert + "/acknowledge", stranger, form(0)).getStatus())
        .isEqualTo(404);
    assertThat(
            safety
                .post("/alerts/" + alert + "/close", stranger, form(0, "outcome", "contacted"))
                .getStatus())
        .isEqualTo(404);
    assertThat(page(safety.open("/alerts", stranger)).text()).doesNotContain("Test Person");
    assertThat(records.audited(person, "safety-alert.viewed", "denied")).isEqualTo(1);
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("open");
  }

  @Test
  void aStaleAcknowledgeOrCloseOverwritesNothingAndSaysWhy() throws Exception {
    Account colleague = joinTeam(Discipline.GP);
    safety.post("/alerts/" + alert + "/acknowledge", colleague, form(0));

    Document stale = page(safety.post("/alerts/" + alert + "/acknowledge", lead, form(0)));
    assertThat(stale.text()).contains("Someone else changed this alert");
    assertThat(safety.alertRow(alert).get("acknowledged_by")).isEqualTo(colleague.id());

    Document staleClose =
        page(
            safety.post(
                "/alerts/" + alert + "/close",
                lead,
                form(0, "outcome", "contacted", "note", "Rang")));
    assertThat(staleClose.text()).contains("Someone else changed this alert");
    assertThat(staleClose.select("textarea[name=note]").text()).isEqualTo("Rang");
    assertThat(safety.alertRow(alert).get("status")).isEqualTo("acknowledged");
  }

  @Test
  void everyClinicianOnTheTeamSeesTheAlertOnTheRecordAtHomeAndInTheHeaderAndTheHistoryKeepsIt()
      throws Exception {
    Account colleague = joinTeam(Discipline.PHYSIOTHERAPIST);

    org.jsoup.nodes.Document home = SafetyTesting.page(safety.open("/home", colleague));
    assertThat(home.text()).contains("1 alert is waiting for you or your care teams");
    assertThat(home.select("header a[href=/alerts]").text()).isEqualTo("Alerts (1)");
    for (String page : List.of("", "/timeline", "/results", "/questionnaires")) {
      org.jsoup.nodes.Document record =
          SafetyTesting.page(safety.open("/people/" + person + page, colleague));
      assertThat(record.select(".nhsuk-card--warning").text())
          .as(page)
          .contains("Safety alert not yet closed", "PHQ-9 question 9");
    }

    safety.post("/alerts/" + alert + "/close", colleague, form(0, "outcome", "contacted"));

    org.jsoup.nodes.Document record =
        SafetyTesting.page(safety.open("/people/" + person, colleague));
    assertThat(record.select(".nhsuk-card--warning").text())
        .doesNotContain("Safety alert not yet closed");
    assertThat(record.text()).contains("Safety alerts", "Contacted the person", "Closed");
    assertThat(
            SafetyTesting.page(safety.open("/home", colleague))
                .select("header a[href=/alerts]")
                .text())
        .isEqualTo("Alerts");
  }
}
