package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A deployer's licensed pack, played here by an invented instrument with invented wording. */
class LicensedPackTests {

  static Path testPack() {
    try {
      return Path.of(
          Objects.requireNonNull(LicensedPackTests.class.getResource("/measures/test-pack"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final Instruments instruments = new InstrumentLibrary(testPack());
  private final Scorer scorer = new ScoringEngine();

  @Test
  void offersThePackAfterTheShippedInstruments() {
    assertThat(instruments.all())
        .extracting(Instrument::id)
        .containsExactly("phq-9", "gad-7", "phq-4", "pain-and-interference", "made-up-garden");
  }

  @Test
  void readsThePacksQuestionsAndScoringRules() {
    Instrument garden = instruments.find("made-up-garden").orElseThrow();
    assertThat(garden.title()).isEqualTo("Made-up Garden Confidence Scale (test only)");
    assertThat(garden.stem()).startsWith("Thinking about your garden");
    assertThat(garden.higherIsBetter()).isTrue();
    assertThat(garden.question("g3").orElseThrow().reverse()).isTrue();
    assertThat(garden.question("g4").orElseThrow().scored()).isFalse();
    assertThat(garden.reliableChange()).isEqualTo(3);
  }

  @Test
  void countsTheReverseScoredQuestionBackwards() {
    Instrument garden = instruments.find("made-up-garden").orElseThrow();
    Score score = scorer.score(garden, Map.of("g1", 4, "g2", 3, "g3", 0));
    assertThat(score.total()).isEqualTo(4 + 3 + 4);
    assertThat(score.band().code()).isEqualTo("high");
    assertThat(score.subscales()).containsExactlyInAnyOrderEntriesOf(Map.of("planting", 7));

    Score slugs = scorer.score(garden, Map.of("g1", 0, "g2", 1, "g3", 4, "g4", 1));
    assertThat(slugs.total()).isEqualTo(1);
    assertThat(slugs.band().code()).isEqualTo("low");
  }

  @Test
  void readsThePackFolderFromTheSetting() {
    Instruments fromSetting = new InstrumentLibrary(testPack().toString());
    assertThat(fromSetting.find("made-up-garden")).isPresent();
    assertThat(new InstrumentLibrary("").all()).hasSize(4);
  }
}
