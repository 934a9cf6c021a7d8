package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.testing.TestInstruments;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The results pages as the team and the person see them, from stored scores. */
@FullApplicationTest
@Import(TestInstruments.class)
class ResultsPagesTests {

  static final LocalDate MARCH = LocalDate.of(2026, 3, 3);

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  CareRecords records;
  StoredResults stored;
  Account physio;
  Account patient;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    stored = new StoredResults(jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
    patient = records.account(Role.PATIENT);
    records.link(person, patient);
  }

  @Test
  void showsTheTeamEveryScoreWithBandsAndChangeFromPrevious() throws Exception {
    stored.submitted(person, MARCH, 3, 2, 3);
    stored.submitted(person, MARCH.plusWeeks(4), 2, 2, 2);
    stored.submitted(person, MARCH.plusWeeks(8), 1, 1, 0);
    stored.inProgress(person, MARCH.plusWeeks(9));

    Document page = open(physio, "/results/test-mood");

    assertThat(page.select("h1").text()).isEqualTo("TEST-3 results");
    assertThat(page.select("#latest").text())
        .isEqualTo("Latest: 2 out of 9 (None) on 28 April 2026.");
    assertThat(page.select("table caption").text()).isEqualTo("TEST-3 scores, oldest first");
    assertThat(page.select("table thead th").eachText())
        .containsExactly(
            "Date", "Score (out of 9)", "Band", "Low mood", "Worry", "Change from previous");
    assertThat(rows(page))
        .containsExactly(
            "3 March 2026 | 8 | Severe <&> | 6 | 2 | First result",
            "31 March 2026 | 6 | Moderate | 4 | 2 | Down 2",
            "28 April 2026 | 2 | None | 1 | 1 | Down 4");
    assertThat(page.select("svg.tandem-score-chart title").text())
        .isEqualTo("TEST-3 scores from 3 March to 28 April 2026: from 8 to 2");
  }

  @Test
  void tellsTheTeamOfReliableRecoveryInClinicalWords() throws Exception {
    stored.submitted(person, MARCH, 3, 2, 3);
    stored.submitted(person, MARCH.plusWeeks(4), 2, 2, 2);
    stored.submitted(person, MARCH.plusWeeks(8), 1, 1, 0);

    assertThat(change(open(physio, "/results/test-mood")))
        .containsExactly(
            "Change from first: Down 6 (from 8 to 2)",
            "Change from previous: Down 4 (from 6 to 2)",
            "Reliable improvement: Yes",
            "Reliable deterioration: No",
            "Recovery: Yes",
            "Reliable recovery: Yes");
  }

  @Test
  void tellsRecoveryApartFromReliableRecovery() throws Exception {
    stored.submitted(person, MARCH, 2, 2, 1);
    stored.submitted(person, MARCH.plusWeeks(2), 2, 2, 0);

    assertThat(change(open(physio, "/results/test-mood")))
        .containsExactly(
            "Change from first: Down 1 (from 5 to 4)",
            "Change from previous: Down 1 (from 5 to 4)",
            "Reliable improvement: No",
            "Reliable deterioration: No",
            "Recovery: Yes",
            "Reliable recovery: No");
  }

  @Test
  void explainsEveryWordOnThePage() throws Exception {
    stored.submitted(person, MARCH, 1, 1, 0);
    stored.submitted(person, MARCH.plusWeeks(2), 2, 2, 0);

    Document page = open(physio, "/results/test-mood");

    assertThat(page.select("details summary").text()).isEqualTo("What these words mean");
    assertThat(page.select("details dt").eachText())
        .containsExactly(
            "Change from first",
            "Change from previous",
            "Cut-off",
            "Reliable improvement",
            "Reliable deterioration",
            "Recovery",
            "Reliable recovery");
    assertThat(page.select("details").text())
        .contains("A score of 5 or more", "gone down by 3 or more", "gone up by 3 or more");
  }

  @Test
  void givesThePersonKindWordsAndNeverALabel() throws Exception {
    stored.submitted(person, MARCH, 3, 2, 3);
    stored.submitted(person, MARCH.plusWeeks(8), 1, 1, 0);

    Document page = open(patient, "/results/test-mood");

    assertThat(page.select("#latest").text())
        .isEqualTo(
            "Your answers on 28 April 2026 scored 2 out of 9. Scores like this are often"
                + " described as none. Talk to your team about what it means for you.");
    assertThat(page.select("#change p").eachText())
        .containsExactly(
            "Your first score, on 3 March 2026, was 8. Your latest is 2. That is 6 lower.",
            "Your first score was at or above the cut-off and your latest is below it. The change"
                + " is also big enough that it is unlikely to be chance. NHS Talking Therapies"
                + " call this reliable recovery.",
            "Scores are a guide. Talk to your team about what they mean for you.");
    assertThat(page.select("table thead th").eachText()).contains("Often described as");
    assertThat(page.select("table caption").text()).isEqualTo("Your TEST-3 scores, oldest first");
    assertThat(page.select("main").text()).doesNotContain("Reliable deterioration: ");
  }

  @Test
  void asksThePersonToTalkToTheirTeamWhenScoresRise() throws Exception {
    stored.submitted(person, MARCH, 1, 0, 0);
    stored.submitted(person, MARCH.plusWeeks(2), 2, 2, 0);

    assertThat(open(patient, "/results/test-mood").select("#change p").eachText())
        .contains(
            "Your score has changed by enough that it is unlikely to be chance. Talk to your team"
                + " about how things are for you.");
    assertThat(change(open(physio, "/results/test-mood")))
        .contains("Reliable deterioration: Yes", "Recovery: No");
  }

  @Test
  void waitsForASecondScoreBeforeShowingChange() throws Exception {
    stored.submitted(person, MARCH, 1, 0, 0);

    Document page = open(physio, "/results/test-mood");

    assertThat(page.select("#change-later").text())
        .isEqualTo("Change over time will show here once there are 2 or more scores.");
    assertThat(page.select("svg.tandem-score-chart circle")).hasSize(1);
  }

  @Test
  void listsEachQuestionnaireWithItsLatestScoreAndChange() throws Exception {
    stored.submitted(person, MARCH, 3, 2, 3);
    stored.submitted(person, MARCH.plusWeeks(8), 1, 1, 0);

    Document page = open(physio, "/results");

    assertThat(page.select("h1").text()).isEqualTo("Results");
    assertThat(page.select("#results-list tbody tr").eachText())
        .containsExactly("TEST-3 2 out of 9 None 28 April 2026 Down 6 since 3 March 2026");
    assertThat(page.select("#results-list tbody a").attr("href"))
        .isEqualTo("/people/" + person + "/results/test-mood");
    assertThat(page.select(".tandem-record-sections a[aria-current=page]").text())
        .isEqualTo("Results");
  }

  @Test
  void saysPlainlyWhenThereAreNoResultsYet() throws Exception {
    stored.inProgress(person, MARCH);

    Document forPerson = open(patient, "/results");
    Document forTeam = open(physio, "/results/test-mood");

    assertThat(forPerson.select("#no-results").text())
        .isEqualTo(
            "You have not finished any questionnaires yet. When you do, your scores will show"
                + " here.");
    assertThat(forPerson.select("#no-results + p a").text()).isEqualTo("Go to questionnaires");
    assertThat(forTeam.select("#no-results").text())
        .isEqualTo("There are no finished TEST-3 questionnaires on this record yet.");
    assertThat(forTeam.select("svg.tandem-score-chart")).isEmpty();
  }

  @Test
  void answersNotFoundForAnInstrumentNobodyKnows() throws Exception {
    assertThat(response(physio, "/results/no-such-thing").getStatus()).isEqualTo(404);
    assertThat(response(physio, "/results/Not_An_Id").getStatus()).isEqualTo(404);
  }

  @Test
  void refusesAStrangerWithNotFoundAndAnAuditRow() throws Exception {
    stored.submitted(person, MARCH, 3, 2, 3);
    Account stranger = records.practitioner(Discipline.GP);

    assertThat(response(stranger, "/results").getStatus()).isEqualTo(404);
    assertThat(response(stranger, "/results/test-mood").getStatus()).isEqualTo(404);
    assertThat(records.audited(person, "results.viewed", "denied")).isEqualTo(2);
    assertThat(records.audited(person, "results.viewed", "success")).isZero();
  }

  @Test
  void recordsEachLookInTheAuditLog() throws Exception {
    open(physio, "/results");
    open(patient, "/results/test-mood");

    assertThat(records.audited(person, "results.viewed", "success")).isEqualTo(2);
  }

  private List<String> rows(Document page) {
    return page.select("table tbody tr").stream()
        .map(row -> String.join(" | ", row.select("th, td").eachText()))
        .toList();
  }

  private List<String> change(Document page) {
    return page.select("#change .nhsuk-summary-list__row").stream()
        .map(row -> row.selectFirst("dt").text() + ": " + row.selectFirst("dd").text())
        .toList();
  }

  private MockHttpServletResponse response(Account viewer, String path) throws Exception {
    return mvc.perform(get("/people/" + person + path).with(SignedInAs.account(viewer)))
        .andReturn()
        .getResponse();
  }

  private Document open(Account viewer, String path) throws Exception {
    MockHttpServletResponse response = response(viewer, path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("h1")).hasSize(1);
    return page;
  }
}
