package care.tandem.learning.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.People;
import care.tandem.care.web.CareDates;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.testing.MeasuresFixture;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Paced pathways over HTTP on the real database: offering, choosing the pace, "this is too much",
 * "not now", forged step ids, stale edits, the reminder e-mail and the "check in" task. Jobs are
 * run directly with the test's own clock.
 */
@FullApplicationTest
class PathwaysTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired PathwayRepository pathways;
  @Autowired PathwayReleases releases;

  MeasuresFixture given;
  UUID firstAppointment;
  String base;

  @BeforeEach
  void setUp() {
    given = new MeasuresFixture(accounts, people, jdbc);
    firstAppointment = pathways.shipped("before-your-first-appointment").orElseThrow();
    base = "/people/" + given.person + "/pathways";
  }

  @Test
  void aTeamMemberOffersOnceAndThePersonChoosesTwiceAWeek() throws Exception {
    String key = UUID.randomUUID().toString();
    MockHttpServletResponse offered = offer(firstAppointment, key);
    assertThat(offered.getRedirectedUrl()).isEqualTo(base);
    offer(firstAppointment, key);
    assertThat(count("select count(*) from learning_enrolment where person_id = ?")).isEqualTo(1);
    UUID enrolment = enrolment();

    Document journey = page(given.patient, base + "/" + enrolment);
    assertThat(journey.select("h2").text()).contains("How often would you like something new?");
    assertThat(journey.select("ol a")).hasSize(7);
    assertThat(journey.text()).contains("Coming later");

    choosePace(enrolment, "twice-a-week");
    assertThat(released(enrolment)).isEqualTo(1);
    choosePace(enrolment, "twice-a-week");
    assertThat(released(enrolment)).isEqualTo(1);
    assertThat(page(given.patient, base + "/" + enrolment).text())
        .contains("Twice a week", "New", "Is this too much?");
    assertThat(page(given.practitioner, base).text()).contains("Before your first appointment");
  }

  @Test
  void tooMuchSlowsTheNextReleaseAndNotNowSnoozesForThreeDays() throws Exception {
    UUID enrolment = offerAndChoose("daily");
    Instant now = Instant.now();
    change(enrolment, "slower");
    assertThat(pace(enrolment)).isEqualTo("twice-a-week");
    assertThat(releases.release(at(now.plus(Duration.ofDays(2))))).isZero();
    assertThat(released(enrolment)).isEqualTo(1);

    change(enrolment, "not-now");
    assertThat(releases.release(at(now.plus(Duration.ofHours(71))))).isZero();
    releases.release(at(now.plus(Duration.ofDays(4))));
    assertThat(released(enrolment)).isEqualTo(2);

    change(enrolment, "pause");
    releases.release(at(now.plus(Duration.ofDays(30))));
    assertThat(released(enrolment)).isEqualTo(2);
    assertThat(page(given.patient, base + "/" + enrolment).text()).contains("Carry on");
  }

  @Test
  void forgedAndUnreleasedStepIdsAreRefused() throws Exception {
    UUID enrolment = offerAndChoose("weekly");
    UUID otherPathwaysStep =
        pathways
            .current(pathways.shipped("understanding-pain-and-mood").orElseThrow())
            .orElseThrow()
            .steps()
            .get(0)
            .id();
    String steps = base + "/" + enrolment + "/steps/";
    assertThat(status(get(steps + otherPathwaysStep), given.patient)).isEqualTo(404);
    assertThat(status(post(steps + UUID.randomUUID()).with(csrf()), given.patient)).isEqualTo(404);
    UUID later = steps(enrolment).steps().get(3).id();
    assertThat(status(get(steps + later), given.patient)).isEqualTo(200);
    assertThat(status(post(steps + later).with(csrf()), given.patient)).isEqualTo(404);
    assertThat(status(get(base + "/" + enrolment), given.stranger)).isEqualTo(404);
    assertThat(
            count("select count(*) from learning_step_progress where enrolment_id = ?", enrolment))
        .isEqualTo(1);
  }

  @Test
  void aStaleEditChangesNothingAndPeopleKeepTheirVersion() throws Exception {
    Account lead = new TestAccounts(accounts, jdbc).create(Role.SERVICE_LEAD, null);
    UUID pathway = UUID.randomUUID();
    mvc.perform(
            post("/pathways")
                .with(csrf())
                .with(SignedInAs.account(lead))
                .param("title", "Test pathway " + pathway)
                .param("summary", "For tests.")
                .param("idempotencyKey", pathway.toString()))
        .andReturn();
    addStep(lead, pathway, 1, "goal", "Walk to the end of the road");
    assertThat(pathways.current(pathway).orElseThrow().version()).isEqualTo(2);
    MockHttpServletResponse stale = addStep(lead, pathway, 1, "check-in", "");
    assertThat(stale.getRedirectedUrl()).isEqualTo("/pathways/" + pathway);
    assertThat(pathways.current(pathway).orElseThrow().version()).isEqualTo(2);

    offer(pathway, UUID.randomUUID().toString());
    UUID enrolment = enrolment();
    addStep(lead, pathway, 2, "check-in", "");
    assertThat(pathways.current(pathway).orElseThrow().steps()).hasSize(2);
    assertThat(steps(enrolment).steps()).hasSize(1);

    choosePace(enrolment, "weekly");
    UUID goal = steps(enrolment).steps().get(0).id();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
          post(base + "/" + enrolment + "/steps/" + goal)
              .with(csrf())
              .with(SignedInAs.account(given.patient)));
    }
    assertThat(
            count(
                "select count(*) from care_plan_goal where person_id = ? and title = ?",
                given.person,
                "Walk to the end of the road"))
        .isEqualTo(1);
  }

  @Test
  void oneReminderADayWithNothingClinicalStoppedFromTheLink() throws Exception {
    String address = "pathway-" + UUID.randomUUID() + "@example.org";
    jdbc.sql("update person set email = ?, contact_methods = 'EMAIL' where id = ?")
        .params(address, given.person)
        .update();
    UUID enrolment = offerAndChoose("daily");
    Clock noon =
        Clock.fixed(
            CareDates.today().atTime(LocalTime.NOON).atZone(CareDates.UK_TIME).toInstant(),
            CareDates.UK_TIME);
    releases.remind(noon);
    MimeMessage[] sent = TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), address);
    releases.release(at(Instant.now().plus(Duration.ofDays(1))));
    releases.remind(noon);
    assertThat(TestMailServer.receivedBy(address)).hasSize(1);

    String whole = sent[0].getSubject() + "\n" + GreenMailUtil.getBody(sent[0]);
    assertThat(sent[0].getSubject()).isEqualTo("You have something new in Tandem");
    assertThat(whole).doesNotContain("appointment").doesNotContain("Test Person");
    Matcher link =
        Pattern.compile("/pathway-reminders/stop\\?token=([A-Za-z0-9_-]+)").matcher(whole);
    assertThat(link.find()).isTrue();
    String token = link.group(1);
    assertThat(sent[0].getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    Document stop =
        Jsoup.parse(
            mvc.perform(get("/pathway-reminders/stop").param("token", token))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(stop.select("form[action=/pathway-reminders/stop] button").text())
        .isEqualTo("Stop reminders");
    assertThat(
            mvc.perform(
                    // A mail program's one-click unsubscribe (RFC 8058): no CSRF token, no session.
                    post("/pathway-reminders/stop?token=" + token)
                        .contentType("application/x-www-form-urlencoded")
                        .content("List-Unsubscribe=One-Click"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/pathway-reminders/stop?stopped=yes");
    assertThat(
            count(
                "select count(*) from learning_enrolment where id = ? and reminders_stopped",
                enrolment))
        .isEqualTo(1);
    assertThat(
            mvc.perform(post("/pathway-reminders/stop").with(csrf()).param("token", "x" + token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void anUnopenedStepRaisesOneCheckInTaskAndAsksWhatGotInTheWay() throws Exception {
    UUID enrolment = offerAndChoose("weekly");
    Clock later = at(Instant.now().plus(Duration.ofDays(10)).plus(Duration.ofHours(1)));
    releases.raiseCheckIns(later);
    releases.raiseCheckIns(later);
    assertThat(
            count("select count(*) from learning_check_in_task where enrolment_id = ?", enrolment))
        .isEqualTo(1);
    Document home = page(given.practitioner, "/home");
    assertThat(home.select("a[href=" + base + "/" + enrolment + "]").text())
        .startsWith("Check in with ");

    Document journey = page(given.patient, base + "/" + enrolment);
    assertThat(journey.text()).contains("Tell us what got in the way");
    mvc.perform(
        post(base + "/" + enrolment + "/what-got-in-the-way")
            .with(csrf())
            .with(SignedInAs.account(given.patient))
            .param("reason", "forgot"));
    assertThat(
            count(
                "select count(*) from learning_check_in_task where enrolment_id = ?"
                    + " and reason = 'forgot'",
                enrolment))
        .isEqualTo(1);

    mvc.perform(
        post(base + "/" + enrolment + "/checked-in")
            .with(csrf())
            .with(SignedInAs.account(given.practitioner)));
    assertThat(page(given.practitioner, "/home").select("a[href=" + base + "/" + enrolment + "]"))
        .isEmpty();
  }

  private UUID offerAndChoose(String pace) throws Exception {
    offer(firstAppointment, UUID.randomUUID().toString());
    UUID enrolment = enrolment();
    choosePace(enrolment, pace);
    return enrolment;
  }

  private MockHttpServletResponse offer(UUID pathway, String key) throws Exception {
    return mvc.perform(
            post(base)
                .with(csrf())
                .with(SignedInAs.account(given.practitioner))
                .param("pathway", pathway.toString())
                .param("idempotencyKey", key))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse addStep(
      Account lead, UUID pathway, int version, String kind, String text) throws Exception {
    return mvc.perform(
            post("/pathways/" + pathway + "/steps")
                .with(csrf())
                .with(SignedInAs.account(lead))
                .param("kind", kind)
                .param("text", text)
                .param("version", "" + version))
        .andReturn()
        .getResponse();
  }

  private void choosePace(UUID enrolment, String pace) throws Exception {
    mvc.perform(
        post(base + "/" + enrolment + "/pace")
            .with(csrf())
            .with(SignedInAs.account(given.patient))
            .param("pace", pace)
            .param("quietTime", "night"));
  }

  private void change(UUID enrolment, String change) throws Exception {
    mvc.perform(
        post(base + "/" + enrolment + "/change")
            .with(csrf())
            .with(SignedInAs.account(given.patient))
            .param("change", change));
  }

  private Pathway steps(UUID enrolment) {
    var row =
        jdbc.sql("select pathway_id, version from learning_enrolment where id = ?")
            .param(enrolment)
            .query((rs, n) -> pathways.version(rs.getObject(1, UUID.class), rs.getInt(2)))
            .single();
    return row.orElseThrow();
  }

  private UUID enrolment() {
    return jdbc.sql(
            "select id from learning_enrolment where person_id = ? order by offered_at desc"
                + " limit 1")
        .param(given.person)
        .query(UUID.class)
        .single();
  }

  private int released(UUID enrolment) {
    return count("select count(*) from learning_step_progress where enrolment_id = ?", enrolment);
  }

  private String pace(UUID enrolment) {
    return jdbc.sql("select pace from learning_enrolment where id = ?")
        .param(enrolment)
        .query(String.class)
        .single();
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql)
        .params(params.length == 0 ? new Object[] {given.person} : params)
        .query(Integer.class)
        .single();
  }

  private int status(MockHttpServletRequestBuilder request, Account as) throws Exception {
    return mvc.perform(request.with(SignedInAs.account(as))).andReturn().getResponse().getStatus();
  }

  private Document page(Account as, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(SignedInAs.account(as)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, CareDates.UK_TIME);
  }
}
