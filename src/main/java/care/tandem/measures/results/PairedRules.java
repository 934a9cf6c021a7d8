package care.tandem.measures.results;

/**
 * NHS Talking Therapies' outcome rules, which judge depression and anxiety together: PHQ-9 and
 * GAD-7 scores from the same time are a pair, and the first pair is compared with the last (domain
 * facts C13; NHS Talking Therapies Manual). Lower is better on both. The thresholds come from each
 * instrument's own scoring file (PHQ-9 caseness 10, reliable change 6; GAD-7 caseness 8, reliable
 * change 4).
 *
 * <ul>
 *   <li>A pair is a <em>case</em> when either score is at or above its cut-off.
 *   <li><em>Recovery</em>: the first pair was a case and the last is not (below the cut-off on
 *       both). Someone who was not a case at first cannot recover, so it is false for them.
 *   <li><em>Reliable improvement</em>: a fall of at least the reliable change on at least one
 *       measure, and no reliable deterioration on either.
 *   <li><em>Reliable deterioration</em>: a rise of at least the reliable change on either measure.
 *   <li><em>Reliable recovery</em>: recovery and reliable improvement together.
 * </ul>
 */
final class PairedRules {

  private PairedRules() {}

  /** One measure's thresholds: its cut-off for caseness and its reliable change index. */
  record Measure(int casenessAt, int reliableChange) {}

  /** A PHQ-9 total and a GAD-7 total from the same time. */
  record Pair(int phq9, int gad7) {}

  /** The outcome of a course of care from its first pair of scores to its last. */
  record Outcome(
      boolean caseAtFirst,
      boolean recovered,
      boolean reliableImprovement,
      boolean reliableDeterioration,
      boolean reliablyRecovered) {}

  static Outcome judge(Measure phq9, Measure gad7, Pair first, Pair last) {
    boolean caseAtFirst = isCase(phq9, gad7, first);
    boolean recovered = caseAtFirst && !isCase(phq9, gad7, last);
    int phq9Change = last.phq9() - first.phq9();
    int gad7Change = last.gad7() - first.gad7();
    boolean improvedOnOne =
        -phq9Change >= phq9.reliableChange() || -gad7Change >= gad7.reliableChange();
    boolean deteriorated =
        phq9Change >= phq9.reliableChange() || gad7Change >= gad7.reliableChange();
    boolean reliableImprovement = improvedOnOne && !deteriorated;
    return new Outcome(
        caseAtFirst,
        recovered,
        reliableImprovement,
        deteriorated,
        recovered && reliableImprovement);
  }

  private static boolean isCase(Measure phq9, Measure gad7, Pair pair) {
    return pair.phq9() >= phq9.casenessAt() || pair.gad7() >= gad7.casenessAt();
  }
}
