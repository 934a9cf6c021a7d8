package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every one of the 4^9 = 262,144 ways to answer PHQ-9's scored questions, scored by the engine from
 * the shipped files, against a plain calculation written here from the published rules.
 */
class Phq9ExhaustiveScoringTests {

  private static final Instrument PHQ9 =
      new InstrumentLibrary((@Nullable Path) null).find("phq-9").orElseThrow();
  private final Scorer scorer = new ScoringEngine();

  @Test
  void scoresEveryCombinationOfAnswersAsThePublishedRulesSay() {
    int[] values = new int[9];
    int checked = 0;
    int flagged = 0;
    for (int combination = 0; combination < 1 << 18; combination++) {
      Map<String, Integer> answers = new HashMap<>();
      int sum = 0;
      for (int item = 0; item < 9; item++) {
        values[item] = (combination >> (2 * item)) & 3;
        answers.put(String.valueOf(item + 1), values[item]);
        sum += values[item];
      }
      Score score = scorer.score(PHQ9, answers);

      assertThat(score.total()).isEqualTo(sum);
      assertThat(score.band().code()).isEqualTo(expectedBand(sum));
      assertThat(score.caseness()).isEqualTo(sum >= 10);
      boolean item9Above0 = values[8] > 0;
      assertThat(score.safetyFlags()).isEqualTo(item9Above0 ? List.of("9") : List.of());
      assertThat(score.needsSafetyNet()).isEqualTo(item9Above0);
      checked++;
      flagged += item9Above0 ? 1 : 0;
    }
    assertThat(checked).isEqualTo(262_144);
    assertThat(flagged).isEqualTo(262_144 / 4 * 3);
  }

  @Test
  void flagsItem9AboveZeroAtEveryPossibleTotal() {
    for (int item9 = 1; item9 <= 3; item9++) {
      for (int total = item9; total <= 24 + item9; total++) {
        Score score = scorer.score(PHQ9, answersAddingUpTo(total, item9));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.safetyFlags()).containsExactly("9");
      }
    }
    for (int total = 0; total <= 24; total++) {
      assertThat(scorer.score(PHQ9, answersAddingUpTo(total, 0)).needsSafetyNet()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, minimal",
    "4, minimal",
    "5, mild",
    "9, mild",
    "10, moderate",
    "14, moderate",
    "15, moderately-severe",
    "19, moderately-severe",
    "20, severe",
    "27, severe"
  })
  void putsTotalsEitherSideOfEachCutPointInTheRightBand(int total, String band) {
    Score score = scorer.score(PHQ9, answersAddingUpTo(total, Math.min(total, 3)));
    assertThat(score.band().code()).isEqualTo(band);
    assertThat(score.caseness()).isEqualTo(total >= 10);
  }

  @Test
  void leavesTheDifficultyQuestionOutOfTheTotal() {
    Map<String, Integer> answers = answersAddingUpTo(7, 0);
    answers.put("10", 3);
    assertThat(scorer.score(PHQ9, answers).total()).isEqualTo(7);
  }

  private static String expectedBand(int total) {
    if (total <= 4) {
      return "minimal";
    } else if (total <= 9) {
      return "mild";
    } else if (total <= 14) {
      return "moderate";
    } else if (total <= 19) {
      return "moderately-severe";
    } else {
      return "severe";
    }
  }

  /** Answers to items 1 to 8 adding up to total minus item 9, filled from the first item. */
  private static Map<String, Integer> answersAddingUpTo(int total, int item9) {
    Map<String, Integer> answers = new HashMap<>();
    int left = total - item9;
    for (int item = 1; item <= 8; item++) {
      int value = Math.min(3, left);
      answers.put(String.valueOf(item), value);
      left -= value;
    }
    answers.put("9", item9);
    assertThat(left).isZero();
    return answers;
  }
}
