package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Discipline;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The results pages as the team sees them, from stored scores, and who may see them. */
@FullApplicationTest
class ResultsPagesTests extends ResultsPageFixture {

  @Test
  void showsTheTeamEveryScoreWithBandsAndChangeFromPrevious() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 18);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(4), 13);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(8), 7);
    stored.inProgress(person, MARCH.plusWeeks(9));

    Document page = open(physio, "/results/phq-9");

    assertThat(page.select("h1").text()).isEqualTo("PHQ-9 results");
    assertThat(page.select("#latest").text())
        .isEqualTo("Latest: 7 out of 27 (Mild) on 28 April 2026.");
    assertThat(page.select("table caption").text()).isEqualTo("PHQ-9 scores, oldest first");
    assertThat(page.select("table thead th").eachText())
        .containsExactly("Date", "Score (out of 27)", "Band", "Change from previous");
    assertThat(rows(page))
        .containsExactly(
            "3 March 2026 | 18 | Moderately severe | First result",
            "31 March 2026 | 13 | Moderate | Down 5",
            "28 April 2026 | 7 | Mild | Down 6");
    assertThat(page.select("svg.tandem-score-chart title").text())
        .isEqualTo("PHQ-9 scores from 3 March to 28 April 2026: from 18 to 7");
    assertThat(page.select("svg.tandem-score-chart circle")).hasSize(3);
  }

  @Test
  void tellsTheTeamOfReliableRecoveryInClinicalWords() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 18);
    stored.submitted(person, "gad-7", MARCH, 9);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(4), 13);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(8), 7);
    stored.submitted(person, "gad-7", MARCH.plusWeeks(8), 5);

    assertThat(change(open(physio, "/results/phq-9")))
        .containsExactly(
            "Change from first: Down 11 (from 18 to 7)",
            "Change from previous: Down 6 (from 13 to 7)",
            "Reliable improvement: Yes",
            "Reliable deterioration: No",
            "Compared (PHQ-9 and GAD-7 together): First pair of scores 3 March 2026, last 28"
                + " April 2026",
            "Recovery (PHQ-9 and GAD-7 together): Yes",
            "Reliable improvement (PHQ-9 and GAD-7 together): Yes",
            "Reliable deterioration (PHQ-9 and GAD-7 together): No",
            "Reliable recovery (PHQ-9 and GAD-7 together): Yes");
  }

  @Test
  void doesNotCallItRecoveryWhileTheOtherMeasureIsStillAboveItsCutOff() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 11);
    stored.submitted(person, "gad-7", MARCH, 12);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(2), 8);
    stored.submitted(person, "gad-7", MARCH.plusWeeks(2), 10);

    assertThat(change(open(physio, "/results/phq-9")))
        .contains(
            "Recovery (PHQ-9 and GAD-7 together): No",
            "Reliable recovery (PHQ-9 and GAD-7 together): No");
  }

  @Test
  void tellsReliableImprovementWithoutRecoveryWhenStillAboveTheCutOff() throws Exception {
    stored.submitted(person, "gad-7", MARCH, 19);
    stored.submitted(person, "gad-7", MARCH.plusWeeks(6), 12);

    assertThat(change(open(physio, "/results/gad-7")))
        .contains(
            "Reliable improvement: Yes",
            "Recovery (PHQ-9 and GAD-7 together): Not judged. Only GAD-7 has been answered: NHS"
                + " Talking Therapies judge recovery on PHQ-9 and GAD-7 together.");
  }

  @Test
  void saysWhenAQuestionnaireHasNoChangeRules() throws Exception {
    stored.submitted(person, "phq-4", MARCH, 6);
    stored.submitted(person, "phq-4", MARCH.plusWeeks(2), 4);

    Document page = open(physio, "/results/phq-4");

    assertThat(change(page))
        .containsExactly(
            "Change from first: Down 2 (from 6 to 4)",
            "Change from previous: Down 2 (from 6 to 4)",
            "Reliable improvement: Not defined for PHQ-4",
            "Reliable deterioration: Not defined for PHQ-4",
            "Recovery: Not defined for PHQ-4",
            "Reliable recovery: Not defined for PHQ-4");
    assertThat(page.select("details dt").eachText())
        .containsExactly("Change from first", "Change from previous");
    assertThat(page.select("svg.tandem-score-chart line.tandem-score-chart__cut-off")).isEmpty();
  }

  @Test
  void showsSubscalesWhereTheQuestionnaireHasThem() throws Exception {
    stored.submitted(person, "phq-4", MARCH, 6);

    Document page = open(physio, "/results/phq-4");

    assertThat(page.select("table thead th").eachText())
        .containsExactly(
            "Date",
            "Score (out of 12)",
            "Band",
            "Anxiety (GAD-2)",
            "Depression (PHQ-2)",
            "Change from previous");
    assertThat(rows(page)).containsExactly("3 March 2026 | 6 | Moderate | 4 | 2 | First result");
  }

  @Test
  void explainsEveryWordOnThePage() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 8);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(2), 9);

    Document page = open(physio, "/results/phq-9");

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
        .contains("A score of 10 or more", "gone down by 6 or more", "gone up by 6 or more");
    assertThat(page.select("svg.tandem-score-chart line.tandem-score-chart__cut-off")).hasSize(1);
  }

  @Test
  void waitsForASecondScoreBeforeShowingChange() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 6);

    Document page = open(physio, "/results/phq-9");

    assertThat(page.select("#change-later").text())
        .isEqualTo("Change over time will show here once there are 2 or more scores.");
    assertThat(page.select("svg.tandem-score-chart circle")).hasSize(1);
  }

  @Test
  void listsEachQuestionnaireWithItsLatestScoreAndChange() throws Exception {
    stored.submitted(person, "gad-7", MARCH, 9);
    stored.submitted(person, "phq-9", MARCH, 18);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(8), 7);

    Document page = open(physio, "/results");

    assertThat(page.select("h1").text()).isEqualTo("Results");
    assertThat(page.select("#results-list tbody tr").eachText())
        .containsExactly(
            "PHQ-9 7 out of 27 Mild 28 April 2026 Down 11 since 3 March 2026",
            "GAD-7 9 out of 21 Mild 3 March 2026 First result");
    assertThat(page.select("#results-list tbody a").eachAttr("href"))
        .containsExactly(
            "/people/" + person + "/results/phq-9", "/people/" + person + "/results/gad-7");
    assertThat(page.select(".tandem-record-sections a[aria-current=page]").text())
        .isEqualTo("Results");
  }

  @Test
  void answersNotFoundForAnInstrumentNobodyKnows() throws Exception {
    assertThat(response(physio, "/results/no-such-thing").getStatus()).isEqualTo(404);
    assertThat(response(physio, "/results/Not_An_Id").getStatus()).isEqualTo(404);
  }

  @Test
  void refusesAStrangerWithNotFoundAndAnAuditRow() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 18);
    Account stranger = records.practitioner(Discipline.GP);

    assertThat(response(stranger, "/results").getStatus()).isEqualTo(404);
    assertThat(response(stranger, "/results/phq-9").getStatus()).isEqualTo(404);
    assertThat(records.audited(person, "results.viewed", "denied")).isEqualTo(2);
    assertThat(records.audited(person, "results.viewed", "success")).isZero();
  }

  @Test
  void recordsEachLookInTheAuditLog() throws Exception {
    open(physio, "/results");
    open(patient, "/results/phq-9");

    assertThat(records.audited(person, "results.viewed", "success")).isEqualTo(2);
  }
}
