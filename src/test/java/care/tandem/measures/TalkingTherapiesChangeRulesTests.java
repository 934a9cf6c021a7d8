package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TalkingTherapiesChangeRulesTests {

  private static final Instruments INSTRUMENTS = new InstrumentLibrary((@Nullable Path) null);
  private static final Instrument PHQ9 = INSTRUMENTS.find("phq-9").orElseThrow();
  private static final Instrument GAD7 = INSTRUMENTS.find("gad-7").orElseThrow();
  private final ChangeRules rules = new TalkingTherapiesChangeRules();

  @ParameterizedTest(name = "PHQ-9 {0} to {1}")
  @CsvSource({
    // first, latest, improved, deteriorated, recovered, reliably recovered
    "16, 10, true, false, false, false",
    "16, 11, false, false, false, false",
    "15, 9, true, false, true, true",
    "12, 9, false, false, true, false",
    "10, 9, false, false, true, false",
    "9, 3, true, false, false, false",
    "9, 10, false, false, false, false",
    "4, 10, false, true, false, false",
    "4, 9, false, false, false, false",
    "20, 20, false, false, false, false",
    "27, 0, true, false, true, true"
  })
  void appliesPhq9ReliableChangeOf6AndCasenessOf10(
      int first,
      int latest,
      boolean improved,
      boolean deteriorated,
      boolean recovered,
      boolean reliablyRecovered) {
    Change change = rules.between(PHQ9, score(PHQ9, first), null, score(PHQ9, latest));
    assertThat(change.fromFirst()).isEqualTo(latest - first);
    assertThat(change.fromPrevious()).isNull();
    assertThat(change.reliableImprovement()).isEqualTo(improved);
    assertThat(change.reliableDeterioration()).isEqualTo(deteriorated);
    assertThat(change.recovered()).isEqualTo(recovered);
    assertThat(change.reliablyRecovered()).isEqualTo(reliablyRecovered);
  }

  @ParameterizedTest(name = "GAD-7 {0} to {1}")
  @CsvSource({
    "12, 8, true, false, false, false",
    "12, 9, false, false, false, false",
    "11, 7, true, false, true, true",
    "8, 7, false, false, true, false",
    "7, 11, false, true, false, false",
    "7, 10, false, false, false, false"
  })
  void appliesGad7ReliableChangeOf4AndCasenessOf8(
      int first,
      int latest,
      boolean improved,
      boolean deteriorated,
      boolean recovered,
      boolean reliablyRecovered) {
    Change change = rules.between(GAD7, score(GAD7, first), null, score(GAD7, latest));
    assertThat(change.reliableImprovement()).isEqualTo(improved);
    assertThat(change.reliableDeterioration()).isEqualTo(deteriorated);
    assertThat(change.recovered()).isEqualTo(recovered);
    assertThat(change.reliablyRecovered()).isEqualTo(reliablyRecovered);
  }

  @Test
  void measuresChangeFromThePreviousScoreToo() {
    Change change = rules.between(PHQ9, score(PHQ9, 18), score(PHQ9, 14), score(PHQ9, 11));
    assertThat(change.fromFirst()).isEqualTo(-7);
    assertThat(change.fromPrevious()).isEqualTo(-3);
    assertThat(change.reliableImprovement()).isTrue();
  }

  @ParameterizedTest(name = "higher is better: {0} to {1}")
  @CsvSource({
    "20, 26, true, false",
    "20, 25, false, false",
    "26, 20, false, true",
    "26, 21, false, false"
  })
  void turnsTheRulesRoundWhenAHigherTotalIsBetter(
      int first, int latest, boolean improved, boolean deteriorated) {
    Instrument wellbeing = higherIsBetter(PHQ9);
    Change change =
        rules.between(wellbeing, score(wellbeing, first), null, score(wellbeing, latest));
    assertThat(change.reliableImprovement()).isEqualTo(improved);
    assertThat(change.reliableDeterioration()).isEqualTo(deteriorated);
  }

  @Test
  void givesNoAnswerWhereTheInstrumentHasNoRule() {
    Instrument phq4 = INSTRUMENTS.find("phq-4").orElseThrow();
    Change change = rules.between(phq4, score(phq4, 9), null, score(phq4, 2));
    assertThat(change.fromFirst()).isEqualTo(-7);
    assertThat(change.reliableImprovement()).isNull();
    assertThat(change.reliableDeterioration()).isNull();
    assertThat(change.recovered()).isNull();
    assertThat(change.reliablyRecovered()).isNull();
  }

  @Test
  void refusesToCompareScoresFromAnotherInstrument() {
    assertThatThrownBy(() -> rules.between(PHQ9, score(GAD7, 10), null, score(PHQ9, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Score score(Instrument instrument, int total) {
    return new Score(
        instrument.id(),
        total,
        instrument.bandOf(total),
        instrument.casenessAt() != null && total >= instrument.casenessAt(),
        Map.of(),
        List.of());
  }

  private static Instrument higherIsBetter(Instrument like) {
    return new Instrument(
        "made-up-wellbeing",
        like.title(),
        like.shortTitle(),
        like.stem(),
        like.attribution(),
        false,
        like.questions(),
        like.totalMin(),
        like.totalMax(),
        like.bands(),
        like.subscales(),
        null,
        like.reliableChange(),
        true,
        like.totalCodes(),
        like.questionnaire(),
        like.source());
  }
}
