package care.tandem.plan;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees the plan's pages: the person and their team do; anyone else, and any forged id, gets a
 * 404 that changes nothing; text anyone typed is shown as text.
 */
@FullApplicationTest
class PlanAccessPagesTests {

  @Autowired MockMvc mvc;
  @Autowired CarePlans plans;
  @Autowired CareAccess access;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  PlanFixture fixture;
  PlanRequests browser;
  String plan;
  UUID goal;
  UUID action;

  @BeforeEach
  void setUp() {
    fixture = new PlanFixture(accounts, people, jdbc);
    browser = new PlanRequests(mvc);
    plan = "/people/" + fixture.person + "/plan";
    goal =
        plans
            .addGoal(
                fixture.person,
                PlanFixture.goal("Walk Bess", fixture.physio.id()),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
    action =
        plans
            .addAction(
                fixture.person,
                PlanFixture.action("Try the pacing diary", null, LocalDate.now().plusDays(3)),
                UUID.randomUUID(),
                as(fixture.physio))
            .id();
  }

  CarePlan current() {
    return plans.plan(access.require(fixture.person, as(fixture.patient), "care-plan.viewed"));
  }

  @Test
  void thePersonAndEachTeamMemberSeeTheWholePlanAndMayChangeIt() throws Exception {
    for (Account viewer : List.of(fixture.patient, fixture.physio, fixture.mentalHealth)) {
      Document page = browser.page(plan, viewer);

      assertThat(page.select("h1").text()).isEqualTo("Care plan");
      assertThat(page.text()).contains("Walk Bess", "Try the pacing diary", "Priya Physio");
      assertThat(page.select("a[href=" + plan + "/goals/" + goal + "]")).hasSize(1);
      assertThat(page.select("form[action=" + plan + "/actions/" + action + "/done]")).hasSize(1);
    }
  }

  @Test
  void showsThePlanAtAGlanceOnTheRecordPage() throws Exception {
    Document record = browser.page("/people/" + fixture.person, fixture.patient);

    assertThat(record.select("#care-plan-heading").text()).isEqualTo("Care plan");
    assertThat(record.select(".tandem-record-plan").text())
        .contains(
            "Pain and physical function No goals yet",
            "Shared goals 1 goal",
            "Actions due in the next 2 weeks 1",
            "See the care plan");
    assertThat(record.select(".tandem-record-plan a").attr("href")).isEqualTo(plan);
  }

  @Test
  void aPractitionerOffTheTeamGets404OnEveryPlanPageAndEachAttemptIsAudited() throws Exception {
    Account stranger = fixture.account(Role.PRACTITIONER, Discipline.GP);
    Account otherPatient = fixture.account(Role.PATIENT, null);
    int version = current().version();
    List<String> pages =
        List.of(
            plan,
            plan + "/history",
            plan + "/versions/1",
            plan + "/print",
            plan + "/pdf",
            plan + "/goals/new",
            plan + "/goals/" + goal,
            plan + "/actions/new",
            plan + "/actions/" + action);

    for (Account outsider : List.of(stranger, otherPatient)) {
      for (String path : pages) {
        assertThat(browser.open(path, outsider).getStatus()).as(path).isEqualTo(404);
      }
      assertThat(
              browser
                  .post(
                      plan + "/goals/" + goal,
                      outsider,
                      Map.of("title", "Taken over", "version", "2"))
                  .getStatus())
          .isEqualTo(404);
      assertThat(
              browser
                  .post(plan + "/actions/" + action + "/done", outsider, Map.of("version", "2"))
                  .getStatus())
          .isEqualTo(404);
    }

    assertThat(current().version()).isEqualTo(version);
    assertThat(current().goal(goal).orElseThrow().title()).isEqualTo("Walk Bess");
    assertThat(current().action(action).orElseThrow().done()).isFalse();
    int denied =
        jdbc.sql(
                """
                select count(*) from audit_event
                where person = ? and outcome = 'denied' and actor in (?, ?)
                """)
            .params(fixture.person, stranger.id(), otherPatient.id())
            .query(Integer.class)
            .single();
    assertThat(denied).isEqualTo(2 * (pages.size() + 2));
  }

  @Test
  void forgedIdsInAddressesGive404AndChangeNothing() throws Exception {
    PlanFixture other = fixture.other(accounts, people);
    UUID theirGoal =
        plans
            .addGoal(
                other.person,
                PlanFixture.goal("Their goal", null),
                UUID.randomUUID(),
                as(other.physio))
            .id();
    String random = UUID.randomUUID().toString();
    List<String> gets =
        List.of(
            "/people/not-a-person/plan",
            "/people/" + random + "/plan",
            "/people/" + random + "/plan/history",
            plan + "/goals/" + random,
            plan + "/goals/not-a-goal",
            plan + "/goals/" + theirGoal,
            plan + "/actions/" + random,
            plan + "/actions/" + goal,
            plan + "/versions/0",
            plan + "/versions/-1",
            plan + "/versions/99999999999",
            plan + "/versions/" + random);
    for (String path : gets) {
      assertThat(browser.open(path, fixture.physio).getStatus()).as(path).isEqualTo(404);
    }
    List<String> posts =
        List.of(
            plan + "/goals/" + random,
            plan + "/goals/" + theirGoal,
            plan + "/goals/" + theirGoal + "/merge",
            plan + "/actions/" + random,
            plan + "/actions/" + random + "/done",
            plan + "/actions/" + goal + "/done",
            plan + "/actions/not-an-action/done",
            "/people/not-a-person/plan/goals/new",
            "/people/" + other.person + "/plan/goals/" + theirGoal);
    for (String path : posts) {
      MockHttpServletResponse response =
          browser.post(
              path,
              fixture.physio,
              Map.of(
                  "title", "Forged",
                  "section", "SHARED",
                  "owner", "person",
                  "status", "MET",
                  "version", "1",
                  "reviewDateDay", "1",
                  "reviewDateMonth", "1",
                  "reviewDateYear", String.valueOf(LocalDate.now().getYear() + 1)));
      assertThat(response.getStatus()).as(path).isEqualTo(404);
    }

    assertThat(current().version()).isEqualTo(2);
    assertThat(
            plans
                .plan(access.require(other.person, as(other.physio), "care-plan.viewed"))
                .goal(theirGoal)
                .orElseThrow()
                .title())
        .isEqualTo("Their goal");
  }

  @Test
  void forgedHiddenFieldsNeverSaveAndNeverFail() throws Exception {
    String path = plan + "/goals/" + goal;
    Document form = browser.page(path, fixture.physio);

    for (String version : List.of("abc", "-5", "99999999999", "")) {
      MockHttpServletResponse response =
          browser.post(
              path,
              fixture.physio,
              PlanRequests.form(form, path, Map.of("title", "Forged", "version", version)));
      assertThat(response.getStatus()).as(version).isEqualTo(200);
      assertThat(PlanRequests.html(response).select("h1").text())
          .isEqualTo("This was changed by someone else");
    }
    Document add = browser.page(plan + "/goals/new", fixture.physio);
    MockHttpServletResponse badKey =
        browser.post(
            plan + "/goals/new",
            fixture.physio,
            PlanRequests.form(
                add, plan + "/goals/new", Map.of("title", "Forged", "idempotencyKey", "x")));

    assertThat(badKey.getStatus()).isEqualTo(400);
    assertThat(current().version()).isEqualTo(2);
    assertThat(current().goals()).singleElement().extracting(Goal::title).isEqualTo("Walk Bess");
  }

  @Test
  void showsScriptTypedIntoAnyFieldAsPlainTextOnEveryPage() throws Exception {
    String script = "<script>alert('x')</script>";
    plans.changeGoal(
        fixture.person,
        goal,
        2,
        new GoalDraft(
            PlanSection.SHARED,
            script,
            "<img src=x onerror=alert(1)>",
            null,
            GoalStatus.IN_PROGRESS,
            LocalDate.now().plusMonths(1)),
        as(fixture.physio));
    plans.addAction(
        fixture.person,
        PlanFixture.action("<b onmouseover=alert(2)>do</b>", null, LocalDate.now().plusDays(2)),
        UUID.randomUUID(),
        as(fixture.physio));

    for (String path :
        List.of(
            plan,
            plan + "/print",
            plan + "/history",
            plan + "/versions/3",
            plan + "/goals/" + goal,
            "/people/" + fixture.person)) {
      String html = browser.open(path, fixture.patient).getContentAsString();
      assertThat(html).as(path).doesNotContain("<script>alert", "<img src=x", "<b onmouseover");
    }
    assertThat(browser.open(plan, fixture.patient).getContentAsString())
        .contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;");
  }
}
