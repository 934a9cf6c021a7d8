package care.tandem.measures.testing;

import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A made-up three-question questionnaire whose third question needs safety-netting at 1 or more,
 * for the safety tests until the engine's real instruments are on this branch. Not real wording.
 * Import it explicitly; it is {@link Primary} so it wins over the real bean once both exist.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInstruments {

  public static final String ID = "test-mood-3";
  public static final String SAFETY_QUESTION = "t3";

  public static Instrument instrument() {
    List<Instrument.AnswerOption> options =
        List.of(
            new Instrument.AnswerOption(0, "a0", "Never"),
            new Instrument.AnswerOption(1, "a1", "Sometimes"),
            new Instrument.AnswerOption(2, "a2", "Often"));
    return new Instrument(
        ID,
        "Test mood questionnaire (made up)",
        "Test mood",
        "Over the last week, how often have you:",
        "Written for Tandem's tests.",
        false,
        List.of(
            new Instrument.Question("t1", "Felt tired?", options, true, false, null),
            new Instrument.Question("t2", "Felt low?", options, true, false, null),
            new Instrument.Question(SAFETY_QUESTION, "Felt unsafe?", options, true, false, 1)),
        0,
        6,
        List.of(new Instrument.Band("low", "Low", 0, 3), new Instrument.Band("high", "High", 4, 6)),
        List.of(),
        4,
        null,
        false,
        List.of(),
        "{}",
        "Made up for tests");
  }

  @Bean
  @Primary
  Instruments testInstruments() {
    Instrument only = instrument();
    return new Instruments() {
      @Override
      public List<Instrument> all() {
        return List.of(only);
      }

      @Override
      public Optional<Instrument> find(String id) {
        return only.id().equals(id) ? Optional.of(only) : Optional.empty();
      }
    };
  }
}
