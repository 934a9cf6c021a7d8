package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ShippedInstrumentsTests {

  private final Instruments instruments = new InstrumentLibrary((@Nullable Path) null);
  private final Scorer scorer = new ScoringEngine();

  @Test
  void offersTheShippedInstrumentsInOrder() {
    assertThat(instruments.all())
        .extracting(Instrument::id)
        .containsExactly("phq-9", "gad-7", "phq-4", "pain-and-interference");
    assertThat(instruments.find("nothing-like-this")).isEmpty();
  }

  @Test
  void readsPhq9WithItsWordingCodesAndThresholds() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    assertThat(phq9.shortTitle()).isEqualTo("PHQ-9");
    assertThat(phq9.stem())
        .isEqualTo(
            "Over the last 2 weeks, how often have you been bothered by any of the following"
                + " problems?");
    assertThat(phq9.questions()).hasSize(10);
    assertThat(phq9.scoredQuestions()).hasSize(9);
    assertThat(phq9.question("9").orElseThrow().text())
        .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
    assertThat(phq9.question("9").orElseThrow().safetyAt()).isEqualTo(1);
    assertThat(phq9.question("1").orElseThrow().options())
        .extracting(Instrument.AnswerOption::label)
        .containsExactly(
            "Not at all", "Several days", "More than half the days", "Nearly every day");
    assertThat(phq9.totalMin()).isZero();
    assertThat(phq9.totalMax()).isEqualTo(27);
    assertThat(phq9.casenessAt()).isEqualTo(10);
    assertThat(phq9.reliableChange()).isEqualTo(6);
    assertThat(phq9.totalCodes())
        .extracting(Instrument.Code::code)
        .containsExactly("720433000", "44261-6");
    assertThat(phq9.attribution()).contains("No permission required to reproduce");
    assertThat(phq9.validated()).isTrue();
    assertThat(phq9.questionnaire()).contains("\"resourceType\": \"Questionnaire\"");
  }

  @Test
  void scoresPhq9TotalOf10AsModerateAndACase() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    Map<String, Integer> answers = new HashMap<>();
    for (int i = 1; i <= 9; i++) {
      answers.put(String.valueOf(i), i <= 5 ? 2 : 0);
    }
    Score score = scorer.score(phq9, answers);
    assertThat(score.total()).isEqualTo(10);
    assertThat(score.band().code()).isEqualTo("moderate");
    assertThat(score.caseness()).isTrue();
    assertThat(score.needsSafetyNet()).isFalse();
  }

  @Test
  void readsGad7() {
    Instrument gad7 = instruments.find("gad-7").orElseThrow();
    assertThat(gad7.questions()).hasSize(7);
    assertThat(gad7.totalMax()).isEqualTo(21);
    assertThat(gad7.casenessAt()).isEqualTo(8);
    assertThat(gad7.reliableChange()).isEqualTo(4);
    assertThat(gad7.totalCodes())
        .extracting(Instrument.Code::code)
        .containsExactly("445455005", "70274-6");
  }
}
