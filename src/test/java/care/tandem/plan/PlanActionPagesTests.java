package care.tandem.plan;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Adding and changing actions, and changing a goal, with the plan's forms. */
@FullApplicationTest
class PlanActionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired CarePlans plans;
  @Autowired CareAccess access;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  PlanFixture fixture;
  PlanRequests browser;
  String plan;

  @BeforeEach
  void setUp() {
    fixture = new PlanFixture(accounts, people, jdbc);
    browser = new PlanRequests(mvc);
    plan = "/people/" + fixture.person + "/plan";
  }

  CarePlan current() {
    return plans.plan(access.require(fixture.person, as(fixture.patient), "care-plan.viewed"));
  }

  @Test
  void aTeamMemberAddsAnActionForANamedMemberWithADueDate() throws Exception {
    Document form = browser.page(plan + "/actions/new?section=SHARED", fixture.physio);
    LocalDate due = LocalDate.now().plusDays(10);

    MockHttpServletResponse saved =
        browser.post(
            plan + "/actions/new",
            fixture.physio,
            actionFields(form, plan + "/actions/new", Map.of(), due));

    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo(plan + "#shared");
    assertThat(current().actions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.what()).isEqualTo("Book a review of sleep and pain medicine");
              assertThat(action.section()).isEqualTo(PlanSection.SHARED);
              assertThat(action.assignee()).isEqualTo(fixture.mentalHealth.id());
              assertThat(action.dueDate()).isEqualTo(due);
              assertThat(action.done()).isFalse();
            });
    assertThat(browser.page(plan, fixture.patient).select("#shared").text())
        .contains("Book a review of sleep and pain medicine", "Jordan Mentalhealth");
  }

  @Test
  void thePersonChangesAnActionsWordsAssigneeAndDueDate() throws Exception {
    UUID action =
        plans
            .addAction(
                fixture.person,
                PlanFixture.action("Try the pacing diary", fixture.physio.id(), soon()),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    String path = plan + "/actions/" + action;
    Document form = browser.page(path, fixture.patient);
    LocalDate later = LocalDate.now().plusDays(21);
    Map<String, String> changes = new HashMap<>();
    changes.put("what", "Keep the pacing diary for 2 weeks");
    changes.put("assignee", "person");
    changes.putAll(date("dueDate", later));

    MockHttpServletResponse saved =
        browser.post(path, fixture.patient, PlanRequests.form(form, path, changes));

    assertThat(saved.getStatus()).isEqualTo(302);
    PlanAction now = current().action(action).orElseThrow();
    assertThat(now.what()).isEqualTo("Keep the pacing diary for 2 weeks");
    assertThat(now.assignee()).isNull();
    assertThat(now.dueDate()).isEqualTo(later);
    assertThat(now.updatedBy()).isEqualTo(fixture.patient.id());
    assertThat(current().version()).isEqualTo(2);
  }

  @Test
  void aTeamMemberChangesAGoalsOwnerStatusAndReviewDate() throws Exception {
    UUID goal =
        plans
            .addGoal(
                fixture.person,
                PlanFixture.goal("Walk Bess"),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    String path = plan + "/goals/" + goal;
    Document form = browser.page(path, fixture.mentalHealth);
    LocalDate review = LocalDate.now().plusMonths(1);
    Map<String, String> changes = new HashMap<>();
    changes.put("owner", fixture.mentalHealth.id().toString());
    changes.put("status", "IN_PROGRESS");
    changes.putAll(date("reviewDate", review));

    MockHttpServletResponse saved =
        browser.post(path, fixture.mentalHealth, PlanRequests.form(form, path, changes));

    assertThat(saved.getStatus()).isEqualTo(302);
    Goal now = current().goal(goal).orElseThrow();
    assertThat(now.owner()).isEqualTo(fixture.mentalHealth.id());
    assertThat(now.status()).isEqualTo(GoalStatus.IN_PROGRESS);
    assertThat(now.reviewDate()).isEqualTo(review);
    assertThat(now.title()).isEqualTo("Walk Bess");
  }

  @Test
  void explainsWhatIsWrongWithAnActionAndSavesNothing() throws Exception {
    Document form = browser.page(plan + "/actions/new?section=SHARED", fixture.physio);
    Map<Map<String, String>, String> cases = new LinkedHashMap<>();
    cases.put(Map.of("what", " "), "Enter what needs to be done");
    cases.put(Map.of("what", "x".repeat(301)), "Action must be 300 characters or fewer");
    cases.put(date("dueDate", LocalDate.now().minusDays(3)), "Enter a due date in the future");
    cases.put(date("dueDate", LocalDate.now()), "Enter a due date in the future");
    cases.put(date("dueDate", LocalDate.now().plusYears(5)), "Due date must be within 2 years");
    cases.put(
        Map.of("dueDateDay", "12", "dueDateMonth", "", "dueDateYear", "2027"),
        "Due date must include a month");
    cases.put(
        Map.of("dueDateDay", "30", "dueDateMonth", "2", "dueDateYear", "2027"),
        "Due date must be a real date");
    cases.put(
        Map.of("dueDateDay", "1", "dueDateMonth", "1", "dueDateYear", "99999"),
        "Year must include 4 numbers");
    cases.put(Map.of("assignee", "<script>alert(1)</script>"), "Select who will do this");
    cases.put(Map.of("section", "ELSEWHERE"), "Select a section");

    for (var bad : cases.entrySet()) {
      MockHttpServletResponse response =
          browser.post(
              plan + "/actions/new",
              fixture.physio,
              actionFields(form, plan + "/actions/new", bad.getKey(), soon()));
      Document page = PlanRequests.html(response);
      assertThat(response.getStatus()).as(bad.getValue()).isEqualTo(200);
      assertThat(page.title()).as(bad.getValue()).startsWith("Error: ");
      assertThat(page.select(".nhsuk-error-summary").text())
          .as(bad.getValue())
          .contains(bad.getValue());
      assertThat(response.getContentAsString()).doesNotContain("<script>alert");
    }
    assertThat(current().isEmpty()).isTrue();
  }

  @Test
  void keepsAPastDueDateThatWasAlreadySavedWhenOnlyTheWordsChange() throws Exception {
    UUID action =
        plans
            .addAction(
                fixture.person,
                PlanFixture.action("Try the pacing diary", null, soon()),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    jdbc.sql("update care_plan_action set due_date = current_date - 5 where id = ?")
        .param(action)
        .update();
    String path = plan + "/actions/" + action;
    Document form = browser.page(path, fixture.physio);

    MockHttpServletResponse saved =
        browser.post(
            path,
            fixture.physio,
            PlanRequests.form(form, path, Map.of("what", "Try the pacing diary again")));

    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(current().action(action).orElseThrow().what())
        .isEqualTo("Try the pacing diary again");
  }

  private static LocalDate soon() {
    return LocalDate.now().plusDays(7);
  }

  static Map<String, String> date(String prefix, LocalDate date) {
    return Map.of(
        prefix + "Day", String.valueOf(date.getDayOfMonth()),
        prefix + "Month", String.valueOf(date.getMonthValue()),
        prefix + "Year", String.valueOf(date.getYear()));
  }

  private Map<String, String> actionFields(
      Document form, String action, Map<String, String> changes, LocalDate due) {
    Map<String, String> fields = new HashMap<>();
    fields.put("what", "Book a review of sleep and pain medicine");
    fields.put("assignee", fixture.mentalHealth.id().toString());
    fields.putAll(date("dueDate", due));
    fields.putAll(changes);
    return PlanRequests.form(form, action, fields);
  }
}
