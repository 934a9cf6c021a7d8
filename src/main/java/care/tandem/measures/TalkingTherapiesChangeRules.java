package care.tandem.measures;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Change between scores by NHS Talking Therapies' rules, using only what the instrument's own
 * definition says: its reliable change index (PHQ-9 6, GAD-7 4), its caseness threshold (PHQ-9 10,
 * GAD-7 8) and which way is better. An instrument without a rule gets no answer for it (null),
 * never a guess.
 */
@Component
class TalkingTherapiesChangeRules implements ChangeRules {

  @Override
  public Change between(
      Instrument instrument, Score first, @Nullable Score previous, Score latest) {
    requireSame(instrument, first);
    requireSame(instrument, latest);
    if (previous != null) {
      requireSame(instrument, previous);
    }
    int fromFirst = latest.total() - first.total();
    Integer fromPrevious = previous == null ? null : latest.total() - previous.total();

    Boolean reliableImprovement = null;
    Boolean reliableDeterioration = null;
    Integer reliableChange = instrument.reliableChange();
    if (reliableChange != null) {
      int better = instrument.higherIsBetter() ? fromFirst : -fromFirst;
      reliableImprovement = better >= reliableChange;
      reliableDeterioration = -better >= reliableChange;
    }

    Boolean recovered = null;
    Integer casenessAt = instrument.casenessAt();
    if (casenessAt != null) {
      recovered = first.total() >= casenessAt && latest.total() < casenessAt;
    }
    Boolean reliablyRecovered =
        recovered == null || reliableImprovement == null ? null : recovered && reliableImprovement;
    return new Change(
        fromFirst,
        fromPrevious,
        reliableImprovement,
        reliableDeterioration,
        recovered,
        reliablyRecovered);
  }

  private static void requireSame(Instrument instrument, Score score) {
    if (!score.instrument().equals(instrument.id())) {
      throw new IllegalArgumentException(
          "A " + score.instrument() + " score cannot be compared as " + instrument.id());
    }
  }
}
