package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The library is a Spring bean read once at start-up, and a faulty pack stops start-up. */
class InstrumentLibraryStartUpTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(InstrumentLibrary.class);

  @Test
  void startsWithTheShippedInstrumentsWhenNoPackIsSet() {
    context.run(started -> assertThat(started.getBean(Instruments.class).all()).hasSize(4));
  }

  @Test
  void addsThePackNamedInTheSetting() {
    context
        .withPropertyValues("tandem.measures.pack-dir=" + LicensedPackTests.testPack())
        .run(
            started ->
                assertThat(started.getBean(Instruments.class).find("made-up-garden")).isPresent());
  }

  @Test
  void doesNotStartWithAFaultyPack(@TempDir Path pack) throws IOException {
    Files.writeString(pack.resolve("broken.questionnaire.json"), "[]");
    Files.writeString(pack.resolve("broken.scoring.json"), "{}");
    context
        .withPropertyValues("tandem.measures.pack-dir=" + pack)
        .run(
            failed ->
                assertThat(failed)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InstrumentFileException.class)
                    .hasMessage("broken.questionnaire.json: must be a JSON object"));
  }
}
