package care.tandem.measures.answering;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import care.tandem.measures.assigning.Assignments;
import care.tandem.measures.assigning.NewAssignment;
import care.tandem.measures.assigning.Schedule;
import care.tandem.measures.testing.MeasuresFixture;
import care.tandem.measures.testing.SeenEvents;
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

/**
 * Completing PHQ-9 on the pages, both layouts, without JavaScript: crisis support straight after
 * question 9 above 0 (and not at 0), even when saving fails; one response however often it is sent.
 */
@FullApplicationTest
class AnsweringPagesTests {

  @Autowired MockMvc mvc;
  @Autowired SeenEvents events;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired Assignments assignments;

  MeasuresFixture given;
  AnsweringPages pages;
  String base;

  @BeforeEach
  void setUp() {
    given = new MeasuresFixture(accounts, people, jdbc);
    pages = new AnsweringPages(mvc);
    base = "/people/" + given.person + "/questionnaires/phq-9";
  }

  @Test
  void oneQuestionPerPageTakesThemThroughToSendingOnce() throws Exception {
    String first = start("one-per-page");
    assertThat(first).endsWith("/questions/1");
    Document question = pages.page(first, given.patient);
    assertThat(question.select(".nhsuk-caption-l").text()).contains("Question 1 of 10");
    assertThat(question.select("h1").text()).contains("Little interest or pleasure");
    assertThat(question.select("input[type=radio][name=answer]")).hasSize(4);
    assertThat(question.text()).contains("Pfizer");

    String next = first;
    for (int number = 1; number <= 10; number++) {
      MockHttpServletResponse saved = pages.post(next, given.patient, Map.of("answer", "1"));
      if (number == 9) {
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("116 123");
        next =
            AnsweringPages.html(saved)
                .select("a:contains(Continue with the questionnaire)")
                .attr("href");
      } else {
        assertThat(saved.getStatus()).isEqualTo(302);
        next = saved.getRedirectedUrl();
      }
    }
    assertThat(next).endsWith("/check");
    Document check = pages.page(next, given.patient);
    assertThat(check.select(".nhsuk-summary-list__row")).hasSize(10);
    assertThat(check.select(".nhsuk-summary-list__actions a").first().attr("href"))
        .endsWith("/questions/1?change=true");

    String submit = next.replace("/check", "/submit");
    MockHttpServletResponse sent = pages.post(submit, given.patient, Map.of());
    MockHttpServletResponse again = pages.post(submit, given.patient, Map.of());
    assertThat(sent.getRedirectedUrl()).endsWith("/submitted");
    assertThat(again.getRedirectedUrl()).isEqualTo(sent.getRedirectedUrl());
    Document done = pages.page(sent.getRedirectedUrl(), given.patient);
    assertThat(done.select(".nhsuk-panel").text()).contains("sent to your care team");
    assertThat(done.text()).contains("116 123");

    UUID response = responseOf(person());
    assertThat(events.submitted(response)).isEqualTo(1);
    assertThat(given.count("select count(*) from measures_response where person_id = ?", person()))
        .isEqualTo(1);
    assertThat(pages.open(first, given.patient).getRedirectedUrl()).endsWith("/submitted");
  }

  @Test
  void noCrisisPageWhenQuestion9IsAnsweredNotAtAll() throws Exception {
    String question9 = start("one-per-page").replace("/questions/1", "/questions/9");
    MockHttpServletResponse saved = pages.post(question9, given.patient, Map.of("answer", "0"));
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).endsWith("/questions/10");
  }

  @Test
  void crisisSupportStillShowsWhenSavingTheAnswerFails() throws Exception {
    String question9 = start("one-per-page").replace("/questions/1", "/questions/9");
    events.failSafetyNetFor(given.person, true);
    try {
      MockHttpServletResponse saved = pages.post(question9, given.patient, Map.of("answer", "3"));
      assertThat(saved.getStatus()).isEqualTo(200);
      Document page = AnsweringPages.html(saved);
      assertThat(page.text())
          .contains("116 123", "NHS 111", "85258", "We could not save your answer");
      assertThat(page.select("a:contains(Go back and try again)").attr("href"))
          .isEqualTo(question9);
    } finally {
      events.failSafetyNetFor(given.person, false);
    }
    assertThat(
            given.count(
                "select count(*) from measures_answer a join measures_response r"
                    + " on r.id = a.response_id where r.person_id = ?",
                person()))
        .isZero();
  }

  @Test
  void allOnOnePageShowsCrisisSupportNextWhenQuestion9IsAboveZero() throws Exception {
    String all = start("all-on-one-page");
    assertThat(all).endsWith("/all");
    Document page = pages.page(all, given.patient);
    // Ten questions, and one more fieldset round questions 1 to 9 with their lead-in as legend.
    assertThat(page.select("fieldset")).hasSize(11);

    Map<String, String> answers = new java.util.HashMap<>();
    for (int n = 1; n <= 10; n++) {
      answers.put("question-" + n, n == 9 ? "2" : "0");
    }
    MockHttpServletResponse saved = pages.post(all, given.patient, answers);
    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(saved.getContentAsString()).contains("116 123");
    assertThat(
            AnsweringPages.html(saved)
                .select("a:contains(Continue with the questionnaire)")
                .attr("href"))
        .endsWith("/check");
  }

  @Test
  void allOnOnePageGoesStraightToCheckingWhenNothingNeedsSupport() throws Exception {
    String all = start("all-on-one-page");
    Map<String, String> answers = new java.util.HashMap<>();
    for (int n = 1; n <= 9; n++) {
      answers.put("question-" + n, "0");
    }
    assertThat(pages.post(all, given.patient, answers).getRedirectedUrl()).endsWith("/check");
  }

  @Test
  void allOnOnePageAsksForTheQuestionsLeftOut() throws Exception {
    String all = start("all-on-one-page");
    MockHttpServletResponse saved =
        pages.post(all, given.patient, Map.of("question-1", "1", "question-2", "2"));
    Document page = AnsweringPages.html(saved);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").first().attr("href")).isEqualTo("#question-3");
    assertThat(page.select("input[name=question-1][value=1]").hasAttr("checked")).isTrue();
  }

  @Test
  void questionPageAsksForAnAnswerWhenNoneIsChosen() throws Exception {
    String first = start("one-per-page");
    MockHttpServletResponse saved = pages.post(first, given.patient, Map.of());
    Document page = AnsweringPages.html(saved);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#answer");
  }

  @Test
  void someoneNotOnTheTeamSeesNothing() throws Exception {
    String first = start("one-per-page");
    assertThat(
            pages.open("/people/" + given.person + "/questionnaires", given.stranger).getStatus())
        .isEqualTo(404);
    assertThat(pages.open(first, given.stranger).getStatus()).isEqualTo(404);
    assertThat(pages.post(first, given.stranger, Map.of("answer", "1")).getStatus()).isEqualTo(404);
  }

  @Test
  void aPractitionerSeesThePersonsUnfinishedAnswersButCannotChangeThem() throws Exception {
    String first = start("one-per-page");
    pages.post(first, given.patient, Map.of("answer", "1"));

    assertThat(pages.open(first, given.practitioner).getRedirectedUrl()).endsWith("/check");
    assertThat(pages.post(first, given.practitioner, Map.of("answer", "3")).getStatus())
        .isEqualTo(403);
    String check = first.substring(0, first.indexOf("/questions/")) + "/check";
    Document page = pages.page(check, given.practitioner);
    assertThat(page.select("h1").text()).isEqualTo("Answers so far");
    assertThat(page.select("form[action$=/submit]")).isEmpty();
  }

  @Test
  void question10ShowsItsOwnLeadInNotTheOneForTheOtherQuestions() throws Exception {
    String first = start("one-per-page");
    String tenth = first.substring(0, first.lastIndexOf('/') + 1) + "10";

    assertThat(pages.page(first, given.patient).text()).contains("bothered by");
    assertThat(pages.page(tenth, given.patient).text()).doesNotContain("bothered by");
  }

  @Test
  void allOnOnePageShowsTheLeadInAboveTheQuestionsItBelongsToAndNotAboveQuestion10()
      throws Exception {
    Document page = pages.page(start("all-on-one-page"), given.patient);

    var leadIn = page.select("form > fieldset").first();
    assertThat(leadIn.selectFirst("legend").text()).contains("bothered by");
    assertThat(leadIn.select("fieldset fieldset")).hasSize(9);
    var tenth = page.select("form > .nhsuk-form-group > fieldset");
    assertThat(tenth).hasSize(1);
    assertThat(tenth.text()).startsWith("10. If you checked off any problems");
    assertThat(page.select("form > p, h1 + p").text()).doesNotContain("bothered by");
  }

  @Test
  void aPractitionerCanCompleteOneWithThePerson() throws Exception {
    MockHttpServletResponse started =
        pages.post(base + "/start", given.practitioner, Map.of("layout", "one-per-page"));
    assertThat(started.getRedirectedUrl()).endsWith("/questions/1");
    assertThat(
            pages
                .post(started.getRedirectedUrl(), given.practitioner, Map.of("answer", "2"))
                .getRedirectedUrl())
        .endsWith("/questions/2");
  }

  @Test
  void theQuestionnairesPageOffersToStartAndShowsWhatIsStarted() throws Exception {
    Document before = pages.page("/people/" + given.person + "/questionnaires", given.patient);
    assertThat(before.select("a[href$=/phq-9/start]")).isNotEmpty();
    String first = start("one-per-page");
    pages.post(first, given.patient, Map.of("answer", "1"));
    Document after = pages.page("/people/" + given.person + "/questionnaires", given.patient);
    assertThat(after.select("a[href$=/questions/2]").text()).contains("Continue");
  }

  @Test
  void aHalfDonePhq9ThatIsDueIsListedOnceWithContinue() throws Exception {
    assignments.assign(
        given.person,
        new NewAssignment("phq-9", Schedule.ONCE, LocalDate.now(), null),
        UUID.randomUUID(),
        CareRecords.as(given.practitioner));
    pages.post(start("one-per-page"), given.patient, Map.of("answer", "1"));

    Document page = pages.page("/people/" + given.person + "/questionnaires", given.patient);

    assertThat(page.select("main li:contains(PHQ-9)").eachText())
        .singleElement()
        .asString()
        .startsWith("Continue");
  }

  private String start(String layout) throws Exception {
    Document chooser = pages.page(base + "/start", given.patient);
    assertThat(chooser.select("input[name=layout]")).hasSize(2);
    MockHttpServletResponse started =
        pages.post(base + "/start", given.patient, Map.of("layout", layout));
    return started.getRedirectedUrl();
  }

  private UUID person() {
    return given.person;
  }

  private UUID responseOf(UUID person) {
    return jdbc.sql("select id from measures_response where person_id = ?")
        .param(person)
        .query(UUID.class)
        .single();
  }
}
