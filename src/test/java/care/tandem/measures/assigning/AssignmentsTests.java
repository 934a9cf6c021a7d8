package care.tandem.measures.assigning;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.care.web.CareDates;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.Instruments;
import care.tandem.measures.answering.AnswerLayout;
import care.tandem.measures.answering.Response;
import care.tandem.measures.answering.Responses;
import care.tandem.measures.testing.MeasuresFixture;
import care.tandem.measures.testing.Phq9Answers;
import care.tandem.system.CapabilityRefusedException;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Asking for questionnaires, what is due on the home page, and moving on after one is sent. */
@FullApplicationTest
class AssignmentsTests {

  @Autowired Assignments assignments;
  @Autowired Responses responses;
  @Autowired Instruments instruments;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  MeasuresFixture given;
  LocalDate today;

  @BeforeEach
  void setUp() {
    given = new MeasuresFixture(accounts, people, jdbc);
    today = CareDates.today();
  }

  @Test
  void aTeamMemberAsksOnceByTheFormAndADoubleSubmitAsksOnce() throws Exception {
    String path = "/people/" + given.person + "/questionnaires/assign";
    Document form = page(path);
    String key = form.select("input[name=idempotencyKey]").attr("value");
    LocalDate due = today.plusDays(7);
    for (int i = 0; i < 2; i++) {
      MockHttpServletResponse posted =
          mvc.perform(
                  post(path)
                      .with(csrf())
                      .with(SignedInAs.account(given.practitioner))
                      .param("instrument", "phq-9")
                      .param("schedule", "once")
                      .param("dateDay", "" + due.getDayOfMonth())
                      .param("dateMonth", "" + due.getMonthValue())
                      .param("dateYear", "" + due.getYear())
                      .param("idempotencyKey", key))
              .andReturn()
              .getResponse();
      assertThat(posted.getRedirectedUrl()).endsWith("/questionnaires");
    }
    assertThat(
            given.count(
                "select count(*) from measures_assignment where person_id = ? and next_due = ?",
                given.person,
                due))
        .isEqualTo(1);
    assertThat(
            given.count(
                "select count(*) from audit_event where person = ? and action = ?",
                given.person,
                "questionnaire.assigned"))
        .isEqualTo(2);
  }

  @Test
  void showsEachProblemWithTheFormInTheErrorSummary() throws Exception {
    String path = "/people/" + given.person + "/questionnaires/assign";
    MockHttpServletResponse posted =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .with(SignedInAs.account(given.practitioner))
                    .param("schedule", "repeating")
                    .param("everyWeeks", "60")
                    .param("idempotencyKey", UUID.randomUUID().toString()))
            .andReturn()
            .getResponse();
    Document page = Jsoup.parse(posted.getContentAsString());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachAttr("href"))
        .containsExactly("#instrument", "#everyWeeks", "#dateDay");
  }

  @Test
  void thePersonCannotAssignThemselves() {
    assertThatThrownBy(
            () ->
                assignments.assign(
                    given.person,
                    new NewAssignment("phq-9", Schedule.ONCE, today, null),
                    UUID.randomUUID(),
                    as(given.patient)))
        .isInstanceOf(CapabilityRefusedException.class);
  }

  @Test
  void aDueQuestionnaireShowsOnThePersonsHomePageUntilSent() throws Exception {
    assign(Schedule.ONCE, today, null);
    Document home = Jsoup.parse(open("/home").getContentAsString());
    assertThat(home.text()).contains("Questionnaires to fill in");
    assertThat(home.select("a[href$=/phq-9/start]").text()).contains("Start");

    submitPhq9();

    Document after = Jsoup.parse(open("/home").getContentAsString());
    assertThat(after.text()).doesNotContain("Questionnaires to fill in");
    assertThat(
            jdbc.sql("select next_due from measures_assignment where person_id = ?")
                .param(given.person)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
  }

  @Test
  void aRepeatingOneIsDueAgainAfterItsPeriod() {
    assign(Schedule.REPEATING, today, 4);
    submitPhq9();
    assertThat(
            jdbc.sql("select next_due from measures_assignment where person_id = ?")
                .param(given.person)
                .query(LocalDate.class)
                .single())
        .isEqualTo(today.plusWeeks(4));
  }

  @Test
  void beforeAnAppointmentIsDueAFewDaysBeforeAndThenWaitsForANewDate() {
    UUID id = assign(Schedule.BEFORE_APPOINTMENT, today.plusDays(10), null);
    Assignment made =
        assignments.all(access()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    assertThat(made.nextDue()).isEqualTo(today.plusDays(7));
    assertThat(made.appointmentDate()).isEqualTo(today.plusDays(10));

    submitPhq9();
    Assignment waiting = find(id);
    assertThat(waiting.nextDue()).isNull();

    assignments.setAppointment(
        given.person, id, today.plusDays(30), waiting.version(), as(given.practitioner));
    assertThat(find(id).nextDue()).isEqualTo(today.plusDays(27));
  }

  private Assignment find(UUID id) {
    return assignments.all(access()).stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void endingOneStopsIt() {
    UUID id = assign(Schedule.ONCE, today, null);
    assignments.end(given.person, id, 0, as(given.practitioner));
    assertThatThrownBy(() -> assignments.end(given.person, id, 0, as(given.practitioner)))
        .isInstanceOf(AssignmentChangedException.class);
    assertThat(assignments.due(access())).isEmpty();
  }

  private UUID assign(Schedule schedule, LocalDate date, Integer weeks) {
    return assignments.assign(
        given.person,
        new NewAssignment("phq-9", schedule, date, weeks),
        UUID.randomUUID(),
        as(given.practitioner));
  }

  private void submitPhq9() {
    var phq9 = instruments.find(Phq9Answers.ID).orElseThrow();
    Response response =
        responses.start(given.person, phq9, AnswerLayout.ALL_ON_ONE_PAGE, as(given.patient));
    responses.answerAll(
        given.person, response.id(), Phq9Answers.each(0, 0), null, as(given.patient));
    responses.submit(given.person, response.id(), as(given.patient));
  }

  private care.tandem.care.RecordAccess access() {
    return new care.tandem.care.RecordAccess(
        given.person,
        given.practitioner.id(),
        "PRACTITIONER",
        care.tandem.care.RecordAccess.Basis.TEAM_MEMBER);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(SignedInAs.account(given.practitioner)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private MockHttpServletResponse open(String path) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(given.patient))).andReturn().getResponse();
  }
}
