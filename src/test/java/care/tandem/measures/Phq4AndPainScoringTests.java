package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Phq4AndPainScoringTests {

  private static final Instruments INSTRUMENTS = new InstrumentLibrary((@Nullable Path) null);
  private static final Instrument PHQ4 = INSTRUMENTS.find("phq-4").orElseThrow();
  private static final Instrument PAIN = INSTRUMENTS.find("pain-and-interference").orElseThrow();
  private final Scorer scorer = new ScoringEngine();

  @Test
  void asksTheGad2ItemsBeforeThePhq2Items() {
    assertThat(PHQ4.questions())
        .extracting(Instrument.Question::text)
        .containsExactly(
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless");
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}: total {4} {5}, anxiety {6}, depression {7}")
  @CsvSource({
    "0, 0, 0, 0, 0, none, 0, 0",
    "1, 1, 0, 0, 2, none, 2, 0",
    "2, 1, 0, 0, 3, mild, 3, 0",
    "0, 0, 1, 2, 3, mild, 0, 3",
    "2, 1, 1, 1, 5, mild, 3, 2",
    "3, 3, 0, 0, 6, moderate, 6, 0",
    "2, 2, 2, 2, 8, moderate, 4, 4",
    "3, 3, 3, 0, 9, severe, 6, 3",
    "3, 3, 3, 3, 12, severe, 6, 6"
  })
  void scoresTheTotalAndBothSubscales(
      int a1, int a2, int d1, int d2, int total, String band, int anxiety, int depression) {
    Score score = scorer.score(PHQ4, Map.of("1", a1, "2", a2, "3", d1, "4", d2));
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.band().code()).isEqualTo(band);
    assertThat(score.subscales())
        .containsExactlyInAnyOrderEntriesOf(Map.of("anxiety", anxiety, "depression", depression));
    assertThat(score.caseness()).isFalse();
  }

  @Test
  void screensEachSubscalePositiveAtThree() {
    assertThat(PHQ4.subscales())
        .extracting(
            Instrument.Subscale::id, Instrument.Subscale::linkIds, Instrument.Subscale::positiveAt)
        .containsExactly(
            tuple("anxiety", List.of("1", "2"), 3), tuple("depression", List.of("3", "4"), 3));
    assertThat(PHQ4.casenessAt()).isNull();
    assertThat(PHQ4.reliableChange()).isNull();
  }

  @Test
  void saysThePainQuestionsAreOursAndNotValidated() {
    assertThat(PAIN.validated()).isFalse();
    assertThat(PAIN.attribution()).contains("Written by the Tandem project", "not a validated");
    assertThat(PAIN.questions())
        .extracting(Instrument.Question::linkId)
        .containsExactly("intensity", "interference");
    assertThat(PAIN.questions()).allSatisfy(q -> assertThat(q.options()).hasSize(11));
    assertThat(PAIN.bands()).hasSize(1);
    assertThat(PAIN.casenessAt()).isNull();
    assertThat(PAIN.reliableChange()).isNull();
  }

  @Test
  void scoresPainAndInterferenceAsSeparateParts() {
    Score score = scorer.score(PAIN, Map.of("intensity", 7, "interference", 4));
    assertThat(score.subscales())
        .containsExactlyInAnyOrderEntriesOf(Map.of("intensity", 7, "interference", 4));
    assertThat(score.total()).isEqualTo(11);
    assertThat(score.band()).isEqualTo(PAIN.bands().get(0));
    assertThat(score.caseness()).isFalse();
    assertThat(score.needsSafetyNet()).isFalse();
  }

  @Test
  void coversEveryPainTotalWithItsOneBand() {
    for (int intensity = 0; intensity <= 10; intensity++) {
      for (int interference = 0; interference <= 10; interference++) {
        Score score =
            scorer.score(PAIN, Map.of("intensity", intensity, "interference", interference));
        assertThat(score.total()).isEqualTo(intensity + interference);
        assertThat(score.band().code()).isEqualTo("recorded");
      }
    }
  }
}
