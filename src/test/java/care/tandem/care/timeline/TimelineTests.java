package care.tandem.care.timeline;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.CareRecords;
import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMemberJoined;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.time.Instant;
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

/** The timeline page as team members and the person see it. */
@FullApplicationTest
class TimelineTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired CareAccess access;
  @Autowired CareTeam team;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  CareRecords records;
  Account physio;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
  }

  @Test
  void showsStartingCareOnTheTimeline() throws Exception {
    Document page = timeline(physio, "");

    assertThat(page.select("h1").text()).isEqualTo("Timeline");
    assertThat(page.title()).startsWith("Timeline for Test Person");
    assertThat(page.select(".tandem-record-sections a[aria-current=page]").text())
        .isEqualTo("Timeline");
    assertThat(entries(page)).containsExactly("Test Practitioner started care and leads the team");
    assertThat(page.select(".tandem-timeline__entry").text()).contains("By You", "Team");
    assertThat(page.select(".tandem-timeline__entry time").attr("datetime"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[01]:00");
  }

  @Test
  void listsEntriesNewestFirstWhateverOrderTheyArrived() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Account gp = records.practitioner(Discipline.GP);
    joined(gp, "GP", now.minus(2, ChronoUnit.DAYS));
    Account volunteer = records.practitioner(Discipline.VOLUNTEER);
    joined(volunteer, "Peer supporter", now.minus(5, ChronoUnit.DAYS));

    assertThat(entries(timeline(physio, "")))
        .containsExactly(
            "Test Practitioner started care and leads the team",
            "Test Practitioner joined the team as GP",
            "Test Practitioner joined the team as Peer supporter");
  }

  @Test
  void showsSomeoneLeavingTheTeamAndBeingRemoved() throws Exception {
    Account gp = records.practitioner(Discipline.GP);
    Account volunteer = records.practitioner(Discipline.VOLUNTEER);
    UUID gpMember = onTeam(gp);
    UUID volunteerMember = onTeam(volunteer);

    team.remove(person, gpMember, as(gp));
    team.remove(person, volunteerMember, as(physio));

    assertThat(entries(timeline(physio, "")))
        .startsWith(
            "Test Practitioner was removed from the team", "Test Practitioner left the team");
  }

  @Test
  void addsNothingWhenAnEventIsReplayed() throws Exception {
    CareTeamMemberJoined joined =
        new CareTeamMemberJoined(
            person,
            UUID.randomUUID(),
            physio.id(),
            "Second look",
            false,
            physio.id(),
            Instant.now());

    inTransaction(() -> events.publishEvent(joined));
    inTransaction(() -> events.publishEvent(joined));

    assertThat(count(person)).isEqualTo(2);
  }

  @Test
  void addsNoEntryWhenTheChangeRollsBack() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    transaction.executeWithoutResult(
        status -> {
          events.publishEvent(
              new CareTeamMemberJoined(
                  person,
                  UUID.randomUUID(),
                  physio.id(),
                  "Rolled back",
                  false,
                  physio.id(),
                  Instant.now()));
          status.setRollbackOnly();
        });

    assertThat(count(person)).isEqualTo(1);
  }

  @Test
  void filtersByKindWithPlainCheckboxes() throws Exception {
    Document onlyAboutMe = timeline(physio, "?show=about-me");
    Document onlyTeam = timeline(physio, "?show=team");

    assertThat(entries(onlyAboutMe)).isEmpty();
    assertThat(onlyAboutMe.select("#results-summary").text()).isEqualTo("Nothing to show yet");
    assertThat(onlyAboutMe.select("input[name=show][value=about-me]").hasAttr("checked")).isTrue();
    assertThat(onlyAboutMe.select("input[name=show][value=team]").hasAttr("checked")).isFalse();
    assertThat(entries(onlyTeam)).hasSize(1);
  }

  @Test
  void ignoresFiltersPagesAndVisitsThatMakeNoSense() throws Exception {
    String nonsense =
        "?show=<script>alert(1)</script>&show=passwords&page=-4&since=yesterday&"
            + "show="
            + "x".repeat(5000);

    Document page = timeline(physio, nonsense);

    assertThat(entries(page)).hasSize(1);
    assertThat(page.select("input[name=show][checked]")).hasSize(TimelineFilter.values().length);
    assertThat(page.html()).doesNotContain("<script>alert");
  }

  @Test
  void pagesTwentyAtATimeKeepingTheFilters() throws Exception {
    Instant start = Instant.now().minus(30, ChronoUnit.DAYS);
    for (int i = 0; i < Timeline.PAGE_SIZE + 3; i++) {
      joined(records.practitioner(Discipline.GP), "GP " + i, start.plus(i, ChronoUnit.HOURS));
    }

    Document first = timeline(physio, "?show=team");
    String next = first.select("a[rel=next]").attr("href");
    Document second = page(physio, get(next));

    assertThat(entries(first)).hasSize(Timeline.PAGE_SIZE);
    assertThat(next).startsWith("/people/" + person + "/timeline?show=team").endsWith("page=2");
    assertThat(entries(second)).hasSize(4);
    assertThat(entries(second).get(3)).endsWith("as GP 0");
    assertThat(second.select("#results-summary").text())
        .isEqualTo("Showing 21 to 24 of 24 entries");
  }

  @Test
  void marksWhatOthersDidSinceTheLastVisit() throws Exception {
    Document first = timeline(physio, "");
    Account gp = records.practitioner(Discipline.GP);
    joined(gp, "GP", Instant.now());
    CareTeamMemberJoined byPhysio =
        new CareTeamMemberJoined(
            person,
            UUID.randomUUID(),
            records.practitioner(Discipline.GP).id(),
            "Another GP",
            false,
            physio.id(),
            Instant.now());
    inTransaction(() -> events.publishEvent(byPhysio));

    Document second = timeline(physio, "");
    Document third = timeline(physio, "");

    assertThat(first.select("#new-summary")).isEmpty();
    assertThat(second.select("#new-summary").text())
        .startsWith("1 new entry since your last visit on ");
    assertThat(second.select("#new-entries .tandem-timeline__entry").text())
        .contains("Test Practitioner joined the team as GP", "New");
    assertThat(second.select("#earlier-entries").text()).contains("Another GP");
    assertThat(third.select("#new-summary").text()).startsWith("Nothing new since your last visit");
  }

  @Test
  void keepsTheSameLastVisitWhilePagingOrFiltering() throws Exception {
    timeline(physio, "");
    joined(records.practitioner(Discipline.GP), "GP", Instant.now());
    Document afterChange = timeline(physio, "");
    String since = afterChange.select("input[name=since]").val();

    Document filtered = timeline(physio, "?show=team&since=" + since);

    assertThat(since).isNotBlank();
    assertThat(filtered.select("#new-summary").text()).startsWith("1 new entry");
    assertThat(filtered.select("#show-everything").attr("href"))
        .isEqualTo("/people/" + person + "/timeline?since=" + since);
  }

  @Test
  void letsThePersonReadTheirOwnTimeline() throws Exception {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);

    assertThat(entries(timeline(patient, ""))).hasSize(1);
  }

  @Test
  void hidesTheTimelineFromAnyoneElseAndAuditsTheAttempt() throws Exception {
    Account stranger = records.practitioner(Discipline.MENTAL_HEALTH_PRACTITIONER);
    Account otherPatient = records.account(Role.PATIENT);
    Account admin = records.account(Role.ADMIN);

    for (Account outsider : List.of(stranger, otherPatient, admin)) {
      MvcResult refused = request(outsider, get("/people/" + person + "/timeline"));
      assertThat(refused.getResponse().getStatus()).isEqualTo(404);
      assertThat(refused.getResponse().getContentAsString()).doesNotContain("Test Person");
    }
    assertThat(records.audited(person, "timeline.viewed", "denied")).isEqualTo(3);
  }

  @Test
  void answersAForgedOrMalformedIdWithNotFound() throws Exception {
    assertThat(
            request(physio, get("/people/" + UUID.randomUUID() + "/timeline"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(request(physio, get("/people/not-an-id/timeline")).getResponse().getStatus())
        .isEqualTo(404);
  }

  /** As if a request to join was accepted: only the event (the listener's input). */
  private void joined(Account practitioner, String role, Instant at) {
    inTransaction(
        () ->
            events.publishEvent(
                new CareTeamMemberJoined(
                    person,
                    UUID.randomUUID(),
                    practitioner.id(),
                    role,
                    false,
                    practitioner.id(),
                    at)));
  }

  /** A real place on the team (joining is the core's business; here only a row). */
  private UUID onTeam(Account practitioner) {
    UUID member = UUID.randomUUID();
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, joined_at)
            values (?, ?, ?, 'GP', now())
            """)
        .params(member, person, practitioner.id())
        .update();
    return member;
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }

  private int count(UUID person) {
    return jdbc.sql("select count(*) from care_timeline_entry where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  private Document timeline(Account viewer, String query) throws Exception {
    return page(viewer, get("/people/" + person + "/timeline" + query));
  }

  private Document page(Account viewer, MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = request(viewer, request);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private MvcResult request(Account viewer, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(SignedInAs.account(viewer))).andReturn();
  }

  private static List<String> entries(Document page) {
    return page.select(".tandem-timeline__entry p:nth-of-type(2)").stream()
        .map(Element::text)
        .toList();
  }
}
