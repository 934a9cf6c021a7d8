package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The results pages as the person sees them: the same figures in kind words. */
@FullApplicationTest
class PersonResultsPagesTests extends ResultsPageFixture {

  @Test
  void givesThePersonKindWordsAndNeverALabel() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 18);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(8), 7);

    Document page = open(patient, "/results/phq-9");

    assertThat(page.select("#latest").text())
        .isEqualTo(
            "Your answers on 28 April 2026 scored 7 out of 27. Scores like this are often"
                + " described as mild. Talk to your team about what it means for you.");
    assertThat(page.select("#change p").eachText())
        .containsExactly(
            "Your first score, on 3 March 2026, was 18. Your latest is 7. That is 11 lower.",
            "NHS Talking Therapies look at PHQ-9 and GAD-7 together to judge recovery. You have"
                + " answered PHQ-9 but not GAD-7, so we do not say if you have recovered.",
            "Scores are a guide. Talk to your team about what they mean for you.");
    assertThat(page.select("table thead th").eachText()).contains("Often described as");
    assertThat(page.select("table caption").text()).isEqualTo("Your PHQ-9 scores, oldest first");
    assertThat(page.select("#change").text()).doesNotContain("Reliable deterioration");
  }

  @Test
  void judgesRecoveryOnPhq9AndGad7TogetherAndNeverStraightAfterAWorryingAnswer() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 18);
    stored.submitted(person, "gad-7", MARCH, 12);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(8), 7);
    stored.submitted(person, "gad-7", MARCH.plusWeeks(8).plusDays(1), 5);

    assertThat(open(patient, "/results/phq-9").select("#change").text())
        .contains("Looking at your PHQ-9 and GAD-7 scores together", "reliable recovery");

    // A question 9 answer above 0, given today in a PHQ-9 not yet sent.
    UUID worrying = UUID.randomUUID();
    jdbc.sql(
            """
            insert into measures_response (id, person_id, instrument, status, started_at)
            values (?, ?, 'phq-9', 'in-progress', now())
            """)
        .params(worrying, person)
        .update();
    jdbc.sql(
            "insert into measures_answer (response_id, link_id, value, answered_at)"
                + " values (?, '9', 1, now())")
        .param(worrying)
        .update();

    String change = open(patient, "/results/phq-9").select("#change").text();
    assertThat(change).doesNotContain("recovery", "improvement");
    assertThat(change(open(physio, "/results/phq-9")))
        .contains("Reliable recovery (PHQ-9 and GAD-7 together): Yes");
  }

  @Test
  void tellsThePersonHowTheirScoreMovedSinceTheTimeBefore() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 12);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(2), 10);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(4), 10);

    assertThat(open(patient, "/results/phq-9").select("#change p").eachText())
        .startsWith(
            "Your first score, on 3 March 2026, was 12. Your latest is 10. That is 2 lower.",
            "Since the time before, your score has stayed the same.");
  }

  @Test
  void asksThePersonToTalkToTheirTeamWhenScoresRise() throws Exception {
    stored.submitted(person, "phq-9", MARCH, 4);
    stored.submitted(person, "phq-9", MARCH.plusWeeks(2), 11);

    assertThat(open(patient, "/results/phq-9").select("#change p").eachText())
        .contains(
            "Your score has changed by enough that it is unlikely to be chance. Talk to your team"
                + " about how things are for you.");
    assertThat(change(open(physio, "/results/phq-9")))
        .contains(
            "Reliable deterioration: Yes",
            "Recovery (PHQ-9 and GAD-7 together): Not judged. Only PHQ-9 has been answered: NHS"
                + " Talking Therapies judge recovery on PHQ-9 and GAD-7 together.");
  }

  @Test
  void saysPlainlyWhenThereAreNoResultsYet() throws Exception {
    stored.inProgress(person, MARCH);

    Document forPerson = open(patient, "/results");
    Document forTeam = open(physio, "/results/phq-9");

    assertThat(forPerson.select("#no-results").text())
        .isEqualTo(
            "You have not finished any questionnaires yet. When you do, your scores will show"
                + " here.");
    assertThat(forPerson.select("#no-results + p a").attr("href"))
        .isEqualTo("/people/" + person + "/questionnaires");
    assertThat(forTeam.select("#no-results").text())
        .isEqualTo("There are no finished PHQ-9 questionnaires on this record yet.");
    assertThat(forTeam.select("svg.tandem-score-chart")).isEmpty();
  }
}
