package care.tandem.measures.testing;

import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A made-up three-question instrument ("test-mood", question 3 a safety question from 1) and a
 * plain sum scorer, for tests written before the engine's real beans landed. Import explicitly; the
 * integrator switches tests to the real beans.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInstruments {

  public static final String ID = "test-mood";

  public static final Instrument MOOD =
      new Instrument(
          ID,
          "Test mood questionnaire",
          "Test mood",
          "Over the last 2 weeks, how often have you felt this way?",
          "Made up for tests. Not a real questionnaire.",
          true,
          List.of(
              question("tm-1", "Feeling low", null),
              question("tm-2", "Feeling worried", null),
              question("tm-3", "Thinking you would be better off dead", 1)),
          0,
          9,
          List.of(
              new Instrument.Band("low", "Low", 0, 4), new Instrument.Band("high", "High", 5, 9)),
          List.of(),
          5,
          null,
          false,
          List.of(),
          "{}",
          "Tests");

  private static Instrument.Question question(String linkId, String text, Integer safetyAt) {
    return new Instrument.Question(
        linkId,
        text,
        List.of(
            new Instrument.AnswerOption(0, "a0", "Not at all"),
            new Instrument.AnswerOption(1, "a1", "Several days"),
            new Instrument.AnswerOption(2, "a2", "More than half the days"),
            new Instrument.AnswerOption(3, "a3", "Nearly every day")),
        true,
        false,
        safetyAt);
  }

  @Bean
  @Primary
  Instruments testInstruments() {
    return new Instruments() {
      @Override
      public List<Instrument> all() {
        return List.of(MOOD);
      }

      @Override
      public Optional<Instrument> find(String id) {
        return ID.equals(id) ? Optional.of(MOOD) : Optional.empty();
      }
    };
  }

  @Bean
  @Primary
  Scorer testScorer() {
    return (instrument, answers) -> {
      List<AnswersNotValidException.Problem> problems = new ArrayList<>();
      int total = 0;
      for (Instrument.Question q : instrument.scoredQuestions()) {
        Integer value = answers.get(q.linkId());
        if (value == null || q.option(value).isEmpty()) {
          problems.add(new AnswersNotValidException.Problem(q.linkId(), "Select an answer"));
        } else {
          total += value;
        }
      }
      for (String linkId : answers.keySet()) {
        if (instrument.question(linkId).isEmpty()) {
          problems.add(new AnswersNotValidException.Problem(linkId, "Not asked"));
        }
      }
      if (!problems.isEmpty()) {
        throw new AnswersNotValidException(problems);
      }
      return new Score(
          instrument.id(),
          total,
          instrument.bandOf(total),
          instrument.casenessAt() != null && total >= instrument.casenessAt(),
          Map.of(),
          instrument.safetyFlags(answers));
    };
  }
}
