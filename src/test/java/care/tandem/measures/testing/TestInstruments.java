package care.tandem.measures.testing;

import care.tandem.measures.Change;
import care.tandem.measures.ChangeRules;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * TEST DOUBLES until the engine branch lands: a made-up 3-question instrument ({@code test-mood}, 0
 * to 9, cut-off 5, reliable change 3, two subscales) with a plain Scorer and ChangeRules. Import it
 * explicitly; the integrator switches tests to the real beans.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInstruments {

  public static final Instrument MOOD = mood();

  @Bean
  Instruments testInstruments() {
    return new Instruments() {
      @Override
      public List<Instrument> all() {
        return List.of(MOOD);
      }

      @Override
      public Optional<Instrument> find(String id) {
        return all().stream().filter(i -> i.id().equals(id)).findFirst();
      }
    };
  }

  @Bean
  Scorer testScorer() {
    return TestInstruments::score;
  }

  @Bean
  ChangeRules testChangeRules() {
    return TestInstruments::change;
  }

  public static Score score(Instrument instrument, Map<String, Integer> answers) {
    int total = 0;
    for (Instrument.Question question : instrument.scoredQuestions()) {
      total += answers.getOrDefault(question.linkId(), 0);
    }
    Map<String, Integer> subscales = new LinkedHashMap<>();
    for (Instrument.Subscale subscale : instrument.subscales()) {
      subscales.put(
          subscale.id(),
          subscale.linkIds().stream().mapToInt(id -> answers.getOrDefault(id, 0)).sum());
    }
    Integer cut = instrument.casenessAt();
    return new Score(
        instrument.id(),
        total,
        instrument.bandOf(total),
        cut != null && total >= cut,
        subscales,
        instrument.safetyFlags(answers));
  }

  public static Change change(
      Instrument instrument, Score first, @Nullable Score previous, Score latest) {
    int fromFirst = latest.total() - first.total();
    Integer rci = instrument.reliableChange();
    Boolean improved = rci == null ? null : -fromFirst >= rci;
    Boolean worse = rci == null ? null : fromFirst >= rci;
    Boolean recovered =
        instrument.casenessAt() == null ? null : first.caseness() && !latest.caseness();
    Boolean reliably = recovered == null || improved == null ? null : recovered && improved;
    return new Change(
        fromFirst,
        previous == null ? null : latest.total() - previous.total(),
        improved,
        worse,
        recovered,
        reliably);
  }

  private static Instrument mood() {
    List<Instrument.AnswerOption> options =
        List.of(
            new Instrument.AnswerOption(0, "a0", "Not at all"),
            new Instrument.AnswerOption(1, "a1", "Several days"),
            new Instrument.AnswerOption(2, "a2", "More than half the days"),
            new Instrument.AnswerOption(3, "a3", "Nearly every day"));
    return new Instrument(
        "test-mood",
        "Test mood questionnaire (TEST-3)",
        "TEST-3",
        "Over the last 2 weeks, how often have you felt like this?",
        "Made up for tests",
        false,
        List.of(
            new Instrument.Question("q1", "Low", options, true, false, null),
            new Instrument.Question("q2", "Worried", options, true, false, null),
            new Instrument.Question("q3", "Hopeless", options, true, false, 1)),
        0,
        9,
        List.of(
            new Instrument.Band("none", "None", 0, 2),
            new Instrument.Band("some", "Some", 3, 4),
            new Instrument.Band("moderate", "Moderate", 5, 6),
            new Instrument.Band("severe", "Severe <&>", 7, 9)),
        List.of(
            new Instrument.Subscale("low", "Low mood", List.of("q1", "q3"), 3),
            new Instrument.Subscale("worry", "Worry", List.of("q2"), 2)),
        5,
        3,
        false,
        List.of(),
        "{}",
        "Made up for tests");
  }
}
