package care.tandem.care.home;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.CareTeamMemberJoined;
import care.tandem.care.NhsNumber;
import care.tandem.care.People;
import care.tandem.care.PersonDetails;
import care.tandem.care.TeamRequests;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.plan.ActionDraft;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The home pages: each person sees their own record in brief, practitioners only their people. */
@FullApplicationTest
class HomeTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired TeamRequests teamRequests;
  @Autowired CarePlans plans;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  CareRecords records;
  Account physio;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
  }

  @Test
  void showsAPractitionerOnlyThePeopleWhoseTeamTheyAreOn() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);
    startCare(physio, "Bryn", "Castell", null);
    Account stranger = records.practitioner(Discipline.GP);
    startCare(stranger, "Zara", "Offteam", null);

    Document home = home(physio);

    assertThat(names(home)).containsExactly("Olive Ashworth", "Bryn Castell");
    assertThat(home.select("h1").text()).isEqualTo("Your people");
    assertThat(home.text()).doesNotContain("Offteam");
    assertThat(home.select("#results-summary").text()).isEqualTo("Showing 1 to 2 of 2 people");
  }

  @Test
  void neverFindsSomeoneOffTheTeamEvenBySearch() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);
    NhsNumber theirs = CareRecords.newNhsNumber();
    Account stranger = records.practitioner(Discipline.GP);
    startCare(stranger, "Zara", "Offteam", theirs);

    for (String search : List.of("Offteam", "Zara", theirs.digits(), theirs.formatted())) {
      Document home = home(physio, "search", search);
      assertThat(names(home)).as(search).isEmpty();
      assertThat(home.select("#results-summary").text())
          .isEqualTo("None of your people match your search");
    }
  }

  @Test
  void findsPeopleByPartOfTheirNameOrTheirNhsNumber() throws Exception {
    NhsNumber number = CareRecords.newNhsNumber();
    startCare(physio, "Olive", "Ashworth", number);
    startCare(physio, "Bryn", "Castell", null);

    assertThat(names(home(physio, "search", "ashw"))).containsExactly("Olive Ashworth");
    assertThat(names(home(physio, "search", "OLIVE ASHWORTH"))).containsExactly("Olive Ashworth");
    assertThat(names(home(physio, "search", number.formatted()))).containsExactly("Olive Ashworth");
    assertThat(home(physio, "search", "ashw").select("#search").val()).isEqualTo("ashw");
  }

  @Test
  void sortsByNameOrLatestActivity() throws Exception {
    UUID olive = startCare(physio, "Olive", "Ashworth", null);
    UUID bryn = startCare(physio, "Bryn", "Castell", null);
    UUID ceri = startCare(physio, "Ceri", "Bevan", null);
    activity(olive, Instant.now().plus(1, ChronoUnit.MINUTES));
    activity(bryn, Instant.now().minus(400, ChronoUnit.DAYS));
    jdbc.sql("delete from care_timeline_entry where person_id = ?").param(ceri).update();

    assertThat(names(home(physio, "sort", "name")))
        .containsExactly("Olive Ashworth", "Ceri Bevan", "Bryn Castell");
    assertThat(names(home(physio, "sort", "activity")))
        .containsExactly("Olive Ashworth", "Bryn Castell", "Ceri Bevan");
    assertThat(home(physio, "sort", "activity").select("#sort option[selected]").val())
        .isEqualTo("activity");
  }

  @Test
  void ignoresAnUnknownSortOrPage() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);
    startCare(physio, "Bryn", "Castell", null);

    Document home = home(physio, "sort", "drop table", "page", "99999999999", "search", "");

    assertThat(names(home)).containsExactly("Olive Ashworth", "Bryn Castell");
    assertThat(home.select(".nhsuk-error-summary")).isEmpty();
  }

  @Test
  void explainsASearchThatIsTooLong() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);

    Document home = home(physio, "search", "a".repeat(101));

    assertThat(home.title()).startsWith("Error: ");
    assertThat(home.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#search");
    assertThat(home.select(".nhsuk-error-summary").text())
        .contains("Search must be 100 characters or fewer");
    assertThat(names(home)).isEmpty();
  }

  @Test
  void rendersScriptInASearchAsText() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);

    Document home = home(physio, "search", "<script>alert(1)</script>");

    assertThat(home.select("script")).allMatch(script -> script.hasAttr("src"));
    assertThat(home.select("#search").val()).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void pagesTwentyFiveAtATimeKeepingTheSearch() throws Exception {
    for (int i = 0; i < MyPeople.PAGE_SIZE + 2; i++) {
      startCare(physio, "Pat", String.format("Pager%02d", i), null);
    }

    Document first = home(physio, "search", "pager", "sort", "activity");
    String next = first.select("a[rel=next]").attr("href");
    Document second = page(physio, get(next));

    assertThat(names(first)).hasSize(MyPeople.PAGE_SIZE);
    assertThat(next).isEqualTo("/home?search=pager&sort=activity&page=2");
    assertThat(names(second)).hasSize(2);
  }

  @Test
  void tellsAPractitionerOnNoTeamSoAndShowsNobody() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);

    Document home = home(records.practitioner(Discipline.GP));

    assertThat(home.select("#results-summary").text())
        .isEqualTo("You are not on anyone's care team yet");
    assertThat(names(home)).isEmpty();
    assertThat(home.select("form[action=/home]")).isEmpty();
    assertThat(home.select("a[href^=/people/]")).isEmpty();
    assertThat(home.text()).doesNotContain("Ashworth", "Sam Taylor", "Aisha", "Denise");
  }

  @Test
  void showsAPractitionerOnOneTeamThatPersonAlone() throws Exception {
    startCare(physio, "Olive", "Ashworth", null);
    Account gp = records.practitioner(Discipline.GP);
    UUID bryn = startCare(gp, "Bryn", "Castell", null);

    Document home = home(gp);

    assertThat(names(home)).containsExactly("Bryn Castell");
    assertThat(home.select("#results-summary").text()).isEqualTo("Showing 1 to 1 of 1 person");
    assertThat(
            home.select("a[href^=/people/]").stream()
                .map(link -> link.attr("href"))
                .allMatch(href -> href.startsWith("/people/" + bryn)))
        .isTrue();
    assertThat(home.text()).doesNotContain("Ashworth", "Sam Taylor", "Aisha", "Denise");
  }

  @Test
  void listsTeamRequestsWaitingForThePractitionersDecision() throws Exception {
    UUID service = records.newService();
    Account mentalHealth = records.practitionerIn(service, Discipline.MENTAL_HEALTH_PRACTITIONER);
    UUID olive = startCare(physio, "Olive", "Ashworth", null);
    UUID request =
        teamRequests
            .bringInColleague(
                olive,
                service,
                "Could you see Olive about low mood?",
                UUID.randomUUID(),
                as(physio))
            .id();

    Document asked = home(mentalHealth);
    Document asking = home(physio);

    assertThat(asked.select("h2#requests").text()).isEqualTo("Requests waiting for your decision");
    assertThat(asked.select("#requests + ul a").attr("href"))
        .isEqualTo("/team-requests/" + request);
    assertThat(asked.select("#requests + ul").text()).contains("Bring in a colleague");
    assertThat(asked.text()).doesNotContain("low mood", "Ashworth");
    assertThat(asking.select("h2#requests")).isEmpty();
  }

  @Test
  void showsAPractitionerWhatIsWaitingForThemOnEachPerson() throws Exception {
    UUID olive = startCare(physio, "Olive", "Ashworth", null);
    startCare(physio, "Bryn", "Castell", null);
    Account patient = records.account(Role.PATIENT);
    records.link(olive, patient);
    postMessage(olive, patient, "Can we talk about my exercises?", physio.id());
    postMessage(olive, patient, "And my sleep", null);
    plans.addAction(
        olive,
        new ActionDraft(
            PlanSection.SHARED, "Write to the employer", physio.id(), LocalDate.now(), false),
        UUID.randomUUID(),
        as(physio));
    plans.addAction(
        olive,
        new ActionDraft(PlanSection.SHARED, "Walk daily", null, LocalDate.now().plusDays(1), false),
        UUID.randomUUID(),
        as(physio));

    Document home = home(physio);
    Document byReplies = home(physio, "sort", "replies");

    assertThat(figures(home, "Olive Ashworth")).containsExactly("2", "1", "1");
    assertThat(figures(home, "Bryn Castell")).containsExactly("0", "0", "0");
    assertThat(names(byReplies)).containsExactly("Olive Ashworth", "Bryn Castell");
    assertThat(names(home(physio, "sort", "actions")).get(0)).isEqualTo("Olive Ashworth");
    assertThat(home.text()).doesNotContain("exercises", "employer");
  }

  @Test
  void showsThePersonTheirPlanMessagesAndActionsDue() throws Exception {
    UUID own = startCare(physio, "Olive", "Ashworth", null);
    Account patient = records.account(Role.PATIENT);
    records.link(own, patient);
    plans.addGoal(
        own,
        new GoalDraft(
            PlanSection.SHARED,
            "Walk to the shops",
            "",
            null,
            GoalStatus.IN_PROGRESS,
            LocalDate.now().plusDays(20)),
        UUID.randomUUID(),
        as(physio));
    plans.addAction(
        own,
        new ActionDraft(
            PlanSection.SHARED, "Try the stretches", null, LocalDate.now().minusDays(1), false),
        UUID.randomUUID(),
        as(physio));
    plans.addAction(
        own,
        new ActionDraft(PlanSection.SHARED, "Send the letter", physio.id(), LocalDate.now(), false),
        UUID.randomUUID(),
        as(physio));
    postMessage(own, physio, "How are the stretches going?", patient.id());

    Document home = home(patient);

    assertThat(home.select("#plan + ul").text()).contains("Walk to the shops", "In progress");
    assertThat(home.select("#actions-due + ul").text())
        .contains("Try the stretches", "Overdue")
        .doesNotContain("Send the letter");
    assertThat(home.select("#messages + ul").text())
        .contains("1 message you have not read", "1 message asks you to reply");
    assertThat(home.text()).doesNotContain("How are the stretches going");
  }

  @Test
  void showsThePersonTheirOwnTeamAndWhatIsNew() throws Exception {
    UUID own = startCare(physio, "Olive", "Ashworth", null);
    Account patient = records.account(Role.PATIENT);
    records.link(own, patient);
    Account elsewhere = records.practitioner(Discipline.GP);
    startCare(elsewhere, "Zara", "Offteam", null);

    Document home = home(patient);

    assertThat(home.select("h1").text()).isEqualTo("Hello Olive");
    assertThat(home.select("#team + ul").text()).contains("Test Practitioner", "Lead practitioner");
    assertThat(home.select("h2#news").text()).isEqualTo("Recent changes");
    assertThat(home.text()).contains("started care and leads the team").doesNotContain("Offteam");
    assertThat(home.select("a[href=/people/" + own + "/conversation]")).isNotEmpty();
    assertThat(home.select("a[href=/people/" + own + "/plan]")).isNotEmpty();
  }

  @Test
  void showsThePersonWhatOthersAddedSinceTheyLastLooked() throws Exception {
    UUID own = startCare(physio, "Olive", "Ashworth", null);
    Account patient = records.account(Role.PATIENT);
    records.link(own, patient);
    page(patient, get("/people/" + own + "/timeline"));
    activity(own, Instant.now().plus(1, ChronoUnit.SECONDS));

    Document home = home(patient);

    assertThat(home.select("h2#news").text()).startsWith("New since your last visit on ");
    assertThat(home.select(".tandem-timeline__entry").first().text()).contains("New", "joined");
  }

  @Test
  void tellsAPersonWithoutARecordThatItIsNotReady() throws Exception {
    Document home = home(records.account(Role.PATIENT));

    assertThat(home.select("h1").text()).isEqualTo("Your home");
    assertThat(home.text()).contains("Your care record is not ready yet");
  }

  @Test
  void sendsAdminsToAdministration() throws Exception {
    MvcResult result =
        mvc.perform(get("/home").with(SignedInAs.account(records.account(Role.ADMIN)))).andReturn();

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
  }

  @Test
  void givesAServiceLeadLinksAndTheirPeople() throws Exception {
    Account lead = records.account(Role.SERVICE_LEAD);

    Document home = home(lead);

    assertThat(home.select("h1").text()).isEqualTo("Your home");
    assertThat(home.select("a[href=/guide]")).isNotEmpty();
    assertThat(home.select("a[href=/principles]")).isNotEmpty();
  }

  private UUID startCare(Account lead, String given, String family, NhsNumber number) {
    PersonDetails details =
        new PersonDetails(
            given,
            family,
            null,
            LocalDate.of(1975, 3, 9),
            number,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null);
    return people.startCare(details, "Lead practitioner", UUID.randomUUID(), as(lead)).id();
  }

  private void postMessage(UUID person, Account author, String text, UUID replyFrom)
      throws Exception {
    MvcResult result =
        mvc.perform(
                post("/people/" + person + "/conversation")
                    .param("text", text)
                    .param("replyFrom", replyFrom == null ? "" : replyFrom.toString())
                    .param("idempotencyKey", UUID.randomUUID().toString())
                    .with(csrf())
                    .with(SignedInAs.account(author)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
  }

  /** Unread messages, replies awaited and actions due on one person's row. */
  private static List<String> figures(Document home, String name) {
    Element row =
        home.select("tbody tr").stream()
            .filter(tr -> tr.select("td:first-child a").text().equals(name))
            .findFirst()
            .orElseThrow();
    return row.select("td").stream().skip(2).map(td -> td.ownText().strip()).toList();
  }

  /** Something someone else did on the record at that moment. */
  private void activity(UUID person, Instant at) {
    Account gp = records.practitioner(Discipline.GP);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                events.publishEvent(
                    new CareTeamMemberJoined(
                        person, UUID.randomUUID(), gp.id(), "GP", false, gp.id(), at)));
  }

  /** The home page, with address parameters as name, value pairs. */
  private Document home(Account viewer, String... parameters) throws Exception {
    MockHttpServletRequestBuilder request = get("/home");
    for (int i = 0; i < parameters.length; i += 2) {
      request.param(parameters[i], parameters[i + 1]);
    }
    return page(viewer, request);
  }

  private Document page(Account viewer, MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request.with(SignedInAs.account(viewer))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private static List<String> names(Document home) {
    return home.select("tbody tr td:first-child a").stream().map(Element::text).toList();
  }
}
