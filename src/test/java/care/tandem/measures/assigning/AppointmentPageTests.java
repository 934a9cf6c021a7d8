package care.tandem.measures.assigning;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.care.web.CareDates;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.testing.MeasuresFixture;
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

/** A team member sets the next appointment for a questionnaire asked for before appointments. */
@FullApplicationTest
class AppointmentPageTests {

  @Autowired Assignments assignments;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  MeasuresFixture given;
  LocalDate today;
  UUID appointment;
  String path;

  @BeforeEach
  void setUp() {
    given = new MeasuresFixture(accounts, people, jdbc);
    today = CareDates.today();
    appointment = assign(Schedule.BEFORE_APPOINTMENT, today.plusDays(10));
    path =
        "/people/" + given.person + "/questionnaires/assignments/" + appointment + "/appointment";
  }

  @Test
  void theLinkShowsOnlyForBeforeAppointmentRows() throws Exception {
    UUID once = assign(Schedule.ONCE, today.plusDays(5));
    Document page =
        Jsoup.parse(open(given.practitioner, "/people/" + given.person + "/questionnaires"));
    assertThat(page.select("a[href=" + path + "]").text())
        .startsWith("Set next appointment")
        .contains("(PHQ-9)");
    assertThat(page.select("a[href*=/assignments/" + once + "/appointment]")).isEmpty();
    assertThat(page.select("a[href$=/appointment]")).hasSize(1);
  }

  @Test
  void showsTheForm() throws Exception {
    Document page = Jsoup.parse(open(given.practitioner, path));
    assertThat(page.select("h1").text()).isEqualTo("Set the next appointment");
    assertThat(page.text()).contains("PHQ-9").contains("Date of the next appointment");
    assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
    assertThat(page.select("input[name=dateDay]")).hasSize(1);
    assertThat(page.select("button").text()).contains("Save appointment");
    assertThat(page.select("a.nhsuk-back-link").attr("href"))
        .isEqualTo("/people/" + given.person + "/questionnaires");
  }

  @Test
  void aFutureDateMovesTheDueDateTo3DaysBefore() throws Exception {
    LocalDate next = today.plusDays(30);
    MockHttpServletResponse posted =
        save(next.getDayOfMonth(), next.getMonthValue(), next.getYear(), 0);
    assertThat(posted.getRedirectedUrl()).isEqualTo("/people/" + given.person + "/questionnaires");
    assertThat(posted.getContentAsString()).isEmpty();
    assertThat(nextDue()).isEqualTo(today.plusDays(27));
  }

  @Test
  void anImpossibleDateShowsTheErrorAndChangesNothing() throws Exception {
    Document page = Jsoup.parse(save(31, 2, today.getYear() + 1, 0).getContentAsString());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#dateDay");
    assertThat(page.select(".nhsuk-error-message").text())
        .contains("Enter the date of the appointment");
    assertThat(nextDue()).isEqualTo(today.plusDays(7));
  }

  @Test
  void aPastDateShowsTheErrorAndChangesNothing() throws Exception {
    LocalDate past = today.minusDays(1);
    Document page =
        Jsoup.parse(
            save(past.getDayOfMonth(), past.getMonthValue(), past.getYear(), 0)
                .getContentAsString());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary").text())
        .contains("The date must be today or in the future");
    assertThat(nextDue()).isEqualTo(today.plusDays(7));
  }

  @Test
  void aStaleVersionChangesNothing() throws Exception {
    LocalDate next = today.plusDays(30);
    var result =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .with(SignedInAs.account(given.practitioner))
                    .param("dateDay", "" + next.getDayOfMonth())
                    .param("dateMonth", "" + next.getMonthValue())
                    .param("dateYear", "" + next.getYear())
                    .param("version", "5"))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/people/" + given.person + "/questionnaires");
    assertThat(result.getFlashMap().get("banner").toString()).contains("Someone else changed");
    assertThat(nextDue()).isEqualTo(today.plusDays(7));
  }

  @Test
  void someoneNotOnTheTeamGetsNotFound() throws Exception {
    assertThat(
            mvc.perform(get(path).with(SignedInAs.account(given.stranger)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    LocalDate next = today.plusDays(30);
    assertThat(
            mvc.perform(
                    post(path)
                        .with(csrf())
                        .with(SignedInAs.account(given.stranger))
                        .param("dateDay", "" + next.getDayOfMonth())
                        .param("dateMonth", "" + next.getMonthValue())
                        .param("dateYear", "" + next.getYear())
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(nextDue()).isEqualTo(today.plusDays(7));
  }

  private MockHttpServletResponse save(int day, int month, int year, int version) throws Exception {
    return mvc.perform(
            post(path)
                .with(csrf())
                .with(SignedInAs.account(given.practitioner))
                .param("dateDay", "" + day)
                .param("dateMonth", "" + month)
                .param("dateYear", "" + year)
                .param("version", "" + version))
        .andReturn()
        .getResponse();
  }

  private LocalDate nextDue() {
    return jdbc.sql("select next_due from measures_assignment where id = ?")
        .param(appointment)
        .query(LocalDate.class)
        .single();
  }

  private UUID assign(Schedule schedule, LocalDate date) {
    return assignments.assign(
        given.person,
        new NewAssignment("phq-9", schedule, date, null),
        UUID.randomUUID(),
        as(given.practitioner));
  }

  private String open(Account who, String where) throws Exception {
    return mvc.perform(get(where).with(SignedInAs.account(who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
