package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every one of the 4^7 = 16,384 ways to answer GAD-7, scored by the engine from the shipped files,
 * against a plain calculation written here from the published rules.
 */
class Gad7ExhaustiveScoringTests {

  private static final Instrument GAD7 =
      new InstrumentLibrary((@Nullable Path) null).find("gad-7").orElseThrow();
  private final Scorer scorer = new ScoringEngine();

  @Test
  void scoresEveryCombinationOfAnswersAsThePublishedRulesSay() {
    int checked = 0;
    for (int combination = 0; combination < 1 << 14; combination++) {
      Map<String, Integer> answers = new HashMap<>();
      int sum = 0;
      for (int item = 0; item < 7; item++) {
        int value = (combination >> (2 * item)) & 3;
        answers.put(String.valueOf(item + 1), value);
        sum += value;
      }
      Score score = scorer.score(GAD7, answers);

      assertThat(score.total()).isEqualTo(sum);
      assertThat(score.band().code()).isEqualTo(expectedBand(sum));
      assertThat(score.caseness()).isEqualTo(sum >= 8);
      assertThat(score.safetyFlags()).isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(16_384);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, minimal",
    "4, minimal",
    "5, mild",
    "7, mild",
    "8, mild",
    "9, mild",
    "10, moderate",
    "14, moderate",
    "15, severe",
    "21, severe"
  })
  void putsTotalsEitherSideOfEachCutPointInTheRightBand(int total, String band) {
    Map<String, Integer> answers = new HashMap<>();
    int left = total;
    for (int item = 1; item <= 7; item++) {
      int value = Math.min(3, left);
      answers.put(String.valueOf(item), value);
      left -= value;
    }
    Score score = scorer.score(GAD7, answers);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.band().code()).isEqualTo(band);
    assertThat(score.caseness()).isEqualTo(total >= 8);
  }

  private static String expectedBand(int total) {
    if (total <= 4) {
      return "minimal";
    } else if (total <= 9) {
      return "mild";
    } else if (total <= 14) {
      return "moderate";
    } else {
      return "severe";
    }
  }
}
