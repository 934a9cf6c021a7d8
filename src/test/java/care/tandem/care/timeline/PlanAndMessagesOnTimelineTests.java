package care.tandem.care.timeline;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.ModuleEvents;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.plan.ActionDraft;
import care.tandem.plan.CarePlanChanged;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Care plan changes and messages, as they reach the timeline from the plan and conversation. */
@FullApplicationTest
class PlanAndMessagesOnTimelineTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired CarePlans plans;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  CareRecords records;
  Account physio;
  Account patient;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
    patient = records.account(Role.PATIENT);
    records.link(person, patient);
  }

  @Test
  void showsEachPlanChangeWithWhoMadeItAndALinkToThatVersion() throws Exception {
    GoalDraft goal =
        new GoalDraft(
            PlanSection.SHARED,
            "Walk to the shops",
            "Without stopping",
            null,
            GoalStatus.IN_PROGRESS,
            LocalDate.now().plusDays(30));
    UUID goalId = plans.addGoal(person, goal, UUID.randomUUID(), as(physio)).id();
    int met =
        plans.changeGoal(
            person,
            goalId,
            1,
            new GoalDraft(
                goal.section(),
                goal.title(),
                goal.target(),
                null,
                GoalStatus.MET,
                goal.reviewDate()),
            as(patient));
    ActionDraft action =
        new ActionDraft(
            PlanSection.PAIN_AND_PHYSICAL_FUNCTION,
            "Book a hydrotherapy session",
            null,
            LocalDate.now().plusDays(5),
            false);
    UUID actionId = plans.addAction(person, action, UUID.randomUUID(), as(physio)).id();
    plans.markDone(person, actionId, met + 1, as(patient));
    ModuleEvents.awaitHandled(jdbc, person);

    Document page = timeline(physio, "");

    assertThat(entries(page))
        .startsWith(
            "Action done: Book a hydrotherapy session",
            "Action added: Book a hydrotherapy session",
            "Goal met: Walk to the shops",
            "Goal added: Walk to the shops");
    assertThat(page.select("a:containsOwn(Goal met: Walk to the shops)").attr("href"))
        .isEqualTo("/people/" + person + "/plan/versions/2");
    assertThat(byLines(page))
        .startsWith(
            "By Test Person receiving care", "By You", "By Test Person receiving care", "By You");
    assertThat(entries(timeline(physio, "?show=goals")))
        .containsExactly("Goal met: Walk to the shops");
    assertThat(entries(timeline(physio, "?show=plan")))
        .containsExactly(
            "Action done: Book a hydrotherapy session",
            "Action added: Book a hydrotherapy session",
            "Goal added: Walk to the shops");
  }

  @Test
  void addsNothingWhenAPlanChangeIsReplayed() throws Exception {
    CarePlanChanged changed =
        new CarePlanChanged(person, physio.id(), Instant.now(), 7, "goal-added", "Sleep better");

    inTransaction(() -> events.publishEvent(changed));
    ModuleEvents.awaitHandled(jdbc, person);
    // Replayed after the first is handled, as on a restart: two equal events in flight at once can
    // leave one publication marked incomplete (spring-modulith#1056).
    inTransaction(() -> events.publishEvent(changed));
    ModuleEvents.awaitHandled(jdbc, person);

    assertThat(entries(timeline(physio, "?show=plan"))).containsExactly("Goal added: Sleep better");
  }

  @Test
  void showsEachMessageOnceAndNeverItsWords() throws Exception {
    UUID key = UUID.randomUUID();
    String words = "My back is worse since I lifted my grandson";

    postMessage(patient, words, physio.id(), key);
    postMessage(patient, words, physio.id(), key);
    postMessage(physio, "Thank you. <script>alert(1)</script>", null, UUID.randomUUID());
    ModuleEvents.awaitHandled(jdbc, person);

    Document page = timeline(physio, "?show=messages");

    assertThat(entries(page))
        .containsExactly("New message", "New message asking Test Practitioner to reply");
    assertThat(page.text()).doesNotContain("grandson", "Thank you", "alert");
    assertThat(page.select("a:containsOwn(New message asking)").attr("href"))
        .matches("/people/" + person + "/conversation/threads/[0-9a-f-]{36}#message-[0-9a-f-]{36}");
    assertThat(entries(timeline(physio, "?show=team")))
        .noneMatch(entry -> entry.startsWith("New message"));
  }

  @Test
  void marksMessagesFromOthersAsNewSinceTheLastLook() throws Exception {
    timeline(patient, "");
    postMessage(physio, "How did the exercises go?", patient.id(), UUID.randomUUID());
    postMessage(patient, "Better, thank you", null, UUID.randomUUID());
    ModuleEvents.awaitHandled(jdbc, person);

    Document page = timeline(patient, "");

    assertThat(page.select("#new-summary").text()).startsWith("1 new entry since your last visit");
    assertThat(page.select("#new-entries .tandem-timeline__entry").text())
        .contains("New message asking Test Person receiving care to reply", "By Test Practitioner");
    assertThat(page.select("#earlier-entries").text()).contains("New message", "By You");
  }

  private void postMessage(Account author, String text, UUID replyFrom, UUID key) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/people/" + person + "/conversation")
                    .param("text", text)
                    .param("replyFrom", replyFrom == null ? "" : replyFrom.toString())
                    .param("idempotencyKey", key.toString())
                    .with(csrf())
                    .with(SignedInAs.account(author)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
  }

  private Document timeline(Account viewer, String query) throws Exception {
    MvcResult result =
        mvc.perform(get("/people/" + person + "/timeline" + query).with(SignedInAs.account(viewer)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }

  private static List<String> entries(Document page) {
    return page.select(".tandem-timeline__entry p:nth-of-type(2)").stream()
        .map(Element::text)
        .toList();
  }

  private static List<String> byLines(Document page) {
    return page.select(".tandem-timeline__entry p:nth-of-type(3)").stream()
        .map(Element::text)
        .toList();
  }
}
