package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.measures.results.PairedRules.Measure;
import care.tandem.measures.results.PairedRules.Outcome;
import care.tandem.measures.results.PairedRules.Pair;
import org.junit.jupiter.api.Test;

/**
 * Every first pair and every last pair of PHQ-9 (0–27) and GAD-7 (0–21) totals, 616 × 616 = 379,456
 * courses of care, judged by {@link PairedRules} and by the rules as NHS Talking Therapies state
 * them (domain facts C13), written out again here in their own words and numbers.
 */
class PairedRulesExhaustiveTests {

  private static final Measure PHQ9 = new Measure(10, 6);
  private static final Measure GAD7 = new Measure(8, 4);

  @Test
  void judgesEveryPairOfFirstAndLastScoresAsTalkingTherapiesDo() {
    int courses = 0;
    int recoveries = 0;
    for (int firstPhq = 0; firstPhq <= 27; firstPhq++) {
      for (int firstGad = 0; firstGad <= 21; firstGad++) {
        for (int lastPhq = 0; lastPhq <= 27; lastPhq++) {
          for (int lastGad = 0; lastGad <= 21; lastGad++) {
            Outcome outcome =
                PairedRules.judge(
                    PHQ9, GAD7, new Pair(firstPhq, firstGad), new Pair(lastPhq, lastGad));
            Outcome expected = asStated(firstPhq, firstGad, lastPhq, lastGad);
            if (!outcome.equals(expected)) {
              assertThat(outcome)
                  .as(
                      "first PHQ-9 %d GAD-7 %d, last PHQ-9 %d GAD-7 %d",
                      firstPhq, firstGad, lastPhq, lastGad)
                  .isEqualTo(expected);
            }
            courses++;
            recoveries += outcome.recovered() ? 1 : 0;
          }
        }
      }
    }
    assertThat(courses).isEqualTo(379_456);
    assertThat(recoveries).isPositive();
  }

  @Test
  void recoveryOnOneMeasureAloneIsNotRecovery() {
    // Depression below the cut-off, anxiety still above it: not recovered.
    Outcome outcome = PairedRules.judge(PHQ9, GAD7, new Pair(18, 12), new Pair(4, 10));
    assertThat(outcome.recovered()).isFalse();
    assertThat(outcome.reliablyRecovered()).isFalse();
    assertThat(outcome.reliableImprovement()).isTrue();
  }

  @Test
  void improvementOnOneWithDeteriorationOnTheOtherIsNotImprovement() {
    Outcome outcome = PairedRules.judge(PHQ9, GAD7, new Pair(20, 5), new Pair(5, 9));
    assertThat(outcome.reliableImprovement()).isFalse();
    assertThat(outcome.reliableDeterioration()).isTrue();
    assertThat(outcome.recovered()).isFalse();
  }

  @Test
  void theThresholdsThemselvesCount() {
    // Caseness at exactly 10 and 8; reliable change of exactly 6 and 4.
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(10, 0), new Pair(9, 7)).recovered()).isTrue();
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(0, 8), new Pair(0, 7)).recovered()).isTrue();
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(9, 7), new Pair(0, 0)).recovered()).isFalse();
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(15, 0), new Pair(9, 0)).reliablyRecovered())
        .isTrue();
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(14, 0), new Pair(9, 0)).reliablyRecovered())
        .isFalse();
    assertThat(PairedRules.judge(PHQ9, GAD7, new Pair(0, 8), new Pair(0, 4)).reliablyRecovered())
        .isTrue();
    assertThat(
            PairedRules.judge(PHQ9, GAD7, new Pair(0, 3), new Pair(0, 7)).reliableDeterioration())
        .isTrue();
  }

  /**
   * The rules as stated: "a clinical case if its score is above the clinical cut-off on the
   * depression measure, the anxiety measure, or both" (PHQ-9 above 9, GAD-7 above 7); "recovery:
   * started treatment as a case and finished below caseness on both measures"; reliable improvement
   * a fall of 6 or more on PHQ-9 and/or 4 or more on GAD-7, with no reliable deterioration (a rise
   * of the same size) on the other; reliable recovery both.
   */
  private static Outcome asStated(int firstPhq, int firstGad, int lastPhq, int lastGad) {
    boolean startedAsCase = firstPhq > 9 || firstGad > 7;
    boolean finishedBelowOnBoth = lastPhq <= 9 && lastGad <= 7;
    boolean recovery = startedAsCase && finishedBelowOnBoth;
    boolean phqFell = firstPhq - lastPhq > 5;
    boolean gadFell = firstGad - lastGad > 3;
    boolean phqRose = lastPhq - firstPhq > 5;
    boolean gadRose = lastGad - firstGad > 3;
    boolean deterioration = phqRose || gadRose;
    boolean improvement = (phqFell || gadFell) && !phqRose && !gadRose;
    return new Outcome(
        startedAsCase, recovery, improvement, deterioration, recovery && improvement);
  }
}
