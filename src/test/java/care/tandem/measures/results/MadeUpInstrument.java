package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import java.util.List;

/**
 * A made-up 3-question instrument for unit tests that need no application (0 to 9, cut-off 5,
 * reliable change 3, two subscales, a band label with characters that must be escaped).
 */
final class MadeUpInstrument {

  static final Instrument MOOD = mood();

  private MadeUpInstrument() {}

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
