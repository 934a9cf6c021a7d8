package care.tandem.plan;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.identity.account.Accounts;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's pages: reading, adding and changing goals and actions, history and versions. */
@FullApplicationTest
class PlanPagesTests {

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
    RecordAccess read = access.require(fixture.person, as(fixture.patient), "care-plan.viewed");
    return plans.plan(read);
  }

  @Test
  void showsThreeSectionsAndWhoLastChangedEachGoal() throws Exception {
    plans.addGoal(
        fixture.person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio));

    Document page = browser.page(plan, fixture.patient);

    assertThat(page.select("h1").text()).isEqualTo("Care plan");
    assertThat(page.select("section h2").eachText())
        .containsExactly(
            "Pain and physical function", "Mental health and wellbeing", "Shared goals");
    assertThat(page.select("#shared .nhsuk-card__heading").text()).isEqualTo("Walk Bess");
    assertThat(page.select("#shared .nhsuk-card").text())
        .contains("Not started", "Owner Test Person", "Last changed Priya Physio on");
    assertThat(page.text()).contains("What matters to me", "Version 1, last changed by Priya");
  }

  @Test
  void aTeamMemberAddsAGoalWithTheForm() throws Exception {
    Document form =
        browser.page(plan + "/goals/new?section=MENTAL_HEALTH_AND_WELLBEING", fixture.mentalHealth);

    MockHttpServletResponse saved =
        browser.post(plan + "/goals/new", fixture.mentalHealth, goalFields(form, Map.of()));

    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo(plan + "#mental-health-and-wellbeing");
    CarePlan now = current();
    assertThat(now.goals())
        .singleElement()
        .satisfies(
            goal -> {
              assertThat(goal.title()).isEqualTo("Sleep through most nights");
              assertThat(goal.section()).isEqualTo(PlanSection.MENTAL_HEALTH_AND_WELLBEING);
              assertThat(goal.owner()).isEqualTo(fixture.mentalHealth.id());
              assertThat(goal.updatedBy()).isEqualTo(fixture.mentalHealth.id());
            });
  }

  @Test
  void storesOneGoalWhenTheAddFormIsSubmittedTwice() throws Exception {
    Document form = browser.page(plan + "/goals/new", fixture.physio);
    Map<String, String> fields = goalFields(form, Map.of("section", "SHARED"));

    browser.post(plan + "/goals/new", fixture.physio, fields);
    browser.post(plan + "/goals/new", fixture.physio, fields);

    assertThat(current().goals()).hasSize(1);
    assertThat(current().version()).isEqualTo(1);
  }

  @Test
  void explainsWhatIsWrongWithAGoalAndSavesNothing() throws Exception {
    Document form = browser.page(plan + "/goals/new", fixture.physio);
    LocalDate past = LocalDate.now().minusDays(1);
    LocalDate tooFar = LocalDate.now().plusYears(3);
    Map<Map<String, String>, String> cases =
        Map.of(
            Map.of("title", "  "), "Enter a goal",
            Map.of("title", "x".repeat(201)), "Goal must be 200 characters or fewer",
            Map.of("reviewDateDay", "", "reviewDateMonth", "", "reviewDateYear", ""),
                "Enter a review date",
            date(past), "Enter a review date in the future",
            date(tooFar), "Review date must be within 2 years",
            Map.of("reviewDateDay", "31", "reviewDateMonth", "2", "reviewDateYear", "2027"),
                "Review date must be a real date",
            Map.of("owner", UUID.randomUUID().toString().substring(3)), "Select who owns this goal",
            Map.of("section", "SOMEWHERE"), "Select a section");

    for (var bad : cases.entrySet()) {
      MockHttpServletResponse response =
          browser.post(plan + "/goals/new", fixture.physio, goalFields(form, bad.getKey()));
      Document page = PlanRequests.html(response);
      assertThat(response.getStatus()).as(bad.getValue()).isEqualTo(200);
      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.select(".nhsuk-error-summary").text()).contains(bad.getValue());
    }
    assertThat(current().isEmpty()).isTrue();
  }

  @Test
  void refusesAnOwnerFromOutsideTheTeamWithoutSavingAnything() throws Exception {
    Document form = browser.page(plan + "/goals/new", fixture.physio);
    var stranger =
        fixture.account(
            care.tandem.identity.account.Role.PRACTITIONER,
            care.tandem.identity.account.Discipline.GP);

    MockHttpServletResponse response =
        browser.post(
            plan + "/goals/new",
            fixture.physio,
            goalFields(form, Map.of("owner", stranger.id().toString(), "section", "SHARED")));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(current().isEmpty()).isTrue();
  }

  @Test
  void showsScriptTypedIntoAGoalAsPlainText() throws Exception {
    plans.addGoal(
        fixture.person,
        PlanFixture.goal("<script>alert('x')</script>"),
        UUID.randomUUID(),
        as(fixture.physio));

    MockHttpServletResponse response = browser.open(plan, fixture.patient);

    assertThat(response.getContentAsString())
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(");
  }

  @Test
  void aStaleEditShowsBothVersionsAndTheMergeSavesAgainstTheNewVersion() throws Exception {
    UUID goal =
        plans
            .addGoal(
                fixture.person,
                PlanFixture.goal("Walk Bess"),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    Document form = browser.page(plan + "/goals/" + goal, fixture.patient);
    plans.changeGoal(
        fixture.person, goal, 1, PlanFixture.goal("Walk Bess daily"), as(fixture.physio));

    MockHttpServletResponse stale =
        browser.post(
            plan + "/goals/" + goal,
            fixture.patient,
            PlanRequests.form(
                form, plan + "/goals/" + goal, Map.of("title", "Walk Bess twice a day")));

    Document merge = PlanRequests.html(stale);
    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(merge.select("h1").text()).isEqualTo("This was changed by someone else");
    assertThat(merge.select("table.tandem-merge").text())
        .contains(
            "Saved now by Priya Physio",
            "Walk Bess daily",
            "Yours (not saved)",
            "Walk Bess twice a day");
    assertThat(current().goal(goal).orElseThrow().title()).isEqualTo("Walk Bess daily");

    String mergeAction = plan + "/goals/" + goal + "/merge";
    Map<String, String> choose = PlanRequests.form(merge, mergeAction, Map.of());
    MockHttpServletResponse unchosen = browser.post(mergeAction, fixture.patient, choose);
    assertThat(PlanRequests.html(unchosen).select(".nhsuk-error-summary").text())
        .contains("Choose which goal to keep");

    MockHttpServletResponse merged =
        browser.post(
            mergeAction,
            fixture.patient,
            PlanRequests.form(
                merge,
                mergeAction,
                Map.of(
                    "choice-title",
                    "combined",
                    "combined-title",
                    "Walk Bess daily, twice when I can")));

    assertThat(merged.getStatus()).isEqualTo(302);
    CarePlan now = current();
    assertThat(now.version()).isEqualTo(3);
    assertThat(now.goal(goal).orElseThrow().title()).isEqualTo("Walk Bess daily, twice when I can");
    RecordAccess read = access.require(fixture.person, as(fixture.patient), "care-plan.viewed");
    assertThat(plans.history(read).get(0).what()).isEqualTo("plan-merged");
  }

  @Test
  void choosesForTheEditorTheSideThatChangedAFieldWhenOnlyOneDid() throws Exception {
    UUID goal =
        plans
            .addGoal(
                fixture.person,
                PlanFixture.goal("Walk Bess"),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    Document form = browser.page(plan + "/goals/" + goal, fixture.patient);
    GoalDraft theirs = PlanFixture.goal("Walk Bess daily");
    plans.changeGoal(fixture.person, goal, 1, theirs, as(fixture.physio));

    Document merge =
        PlanRequests.html(
            browser.post(
                plan + "/goals/" + goal,
                fixture.patient,
                PlanRequests.form(form, plan + "/goals/" + goal, Map.of("status", "IN_PROGRESS"))));
    String mergeAction = plan + "/goals/" + goal + "/merge";
    MockHttpServletResponse merged =
        browser.post(mergeAction, fixture.patient, PlanRequests.form(merge, mergeAction, Map.of()));

    assertThat(merged.getStatus()).isEqualTo(302);
    Goal now = current().goal(goal).orElseThrow();
    assertThat(now.title()).isEqualTo("Walk Bess daily");
    assertThat(now.status()).isEqualTo(GoalStatus.IN_PROGRESS);
  }

  @Test
  void listsEveryVersionAndShowsAnEarlierOneAsItWas() throws Exception {
    UUID goal =
        plans
            .addGoal(
                fixture.person,
                PlanFixture.goal("Walk Bess"),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    plans.changeGoal(
        fixture.person, goal, 1, PlanFixture.goal("Walk Bess daily"), as(fixture.mentalHealth));

    Document history = browser.page(plan + "/history", fixture.patient);
    Document first = browser.page(plan + "/versions/1", fixture.patient);

    assertThat(history.select("tbody tr")).hasSize(2);
    assertThat(history.select("tbody tr").get(0).text())
        .contains("Version 2 (now)", "Jordan Mentalhealth", "Goal changed: Walk Bess daily");
    assertThat(history.select("tbody tr").get(1).text()).contains("Priya Physio", "Goal added");
    assertThat(first.select("h1").text()).isEqualTo("Care plan, version 1");
    assertThat(first.text())
        .contains("This is an earlier version", "Walk Bess")
        .doesNotContain("Walk Bess daily");
    assertThat(first.select("a[href$=/goals/" + goal + "]")).isEmpty();
    assertThat(browser.open(plan + "/versions/3", fixture.patient).getStatus()).isEqualTo(404);
    assertThat(browser.open(plan + "/versions/first", fixture.patient).getStatus()).isEqualTo(404);
  }

  @Test
  void marksAnActionDoneFromThePlan() throws Exception {
    UUID action =
        plans
            .addAction(
                fixture.person,
                PlanFixture.action("Try the pacing diary", null, LocalDate.now().plusDays(7)),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    Document page = browser.page(plan, fixture.patient);
    String done = plan + "/actions/" + action + "/done";

    MockHttpServletResponse response =
        browser.post(done, fixture.patient, PlanRequests.form(page, done, Map.of()));

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(current().action(action).orElseThrow().done()).isTrue();
  }

  @Test
  void printsAndDownloadsThePlan() throws Exception {
    plans.addGoal(
        fixture.person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio));

    Document print = browser.page(plan + "/print", fixture.patient);
    MockHttpServletResponse pdf = browser.open(plan + "/pdf", fixture.patient);

    assertThat(print.select("h1").text()).isEqualTo("Care plan for Test Person");
    assertThat(print.text()).contains("Save as PDF", "Walk Bess");
    assertThat(print.select("a[href$=/goals/new]")).isEmpty();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(pdf.getHeader("Content-Disposition")).contains("attachment");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("Care plan", "Test Person", "Shared goals", "Walk Bess");
    }
    assertThat(fixture.audited("care-plan.downloaded", "success")).isEqualTo(1);
  }

  private static Map<String, String> date(LocalDate date) {
    return Map.of(
        "reviewDateDay", String.valueOf(date.getDayOfMonth()),
        "reviewDateMonth", String.valueOf(date.getMonthValue()),
        "reviewDateYear", String.valueOf(date.getYear()));
  }

  /** The new-goal form filled in sensibly, with {@code changes}. */
  private Map<String, String> goalFields(Document form, Map<String, String> changes) {
    LocalDate review = LocalDate.now().plusMonths(2);
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("title", "Sleep through most nights");
    fields.put("target", "Waking no more than once, four nights a week");
    fields.put("owner", fixture.mentalHealth.id().toString());
    fields.put("status", "NOT_STARTED");
    fields.putAll(date(review));
    fields.putAll(changes);
    return PlanRequests.form(form, plan + "/goals/new", fields);
  }
}
