package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped question, word for word: its text, the lead-in shown with it and its answers, as
 * recorded against the source in docs/measures.md. The free instruments may only be used with their
 * wording unchanged, so a changed word, comma or dash fails here, naming the instrument and the
 * question. Change this table only with docs/measures.md, and only to match the source.
 */
class InstrumentWordingTests {

  private static final String PHQ_STEM =
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
  private static final String GAD_STEM =
      "Over the last 2 weeks, how often have you been bothered by the following problems?";
  private static final String PAIN_STEM =
      "These questions are about the past week. Choose a number from 0 to 10.";

  private static final List<String> FREQUENCY =
      List.of("Not at all", "Several days", "More than half the days", "Nearly every day");
  private static final List<String> DIFFICULTY =
      List.of(
          "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult");

  /** One question as the source words it; leadIn null where no lead-in is shown with it. */
  record Expected(String linkId, String text, @Nullable String leadIn, List<String> options) {}

  record ExpectedInstrument(String id, String stem, List<Expected> questions) {}

  private static final List<ExpectedInstrument> TABLE =
      List.of(
          new ExpectedInstrument(
              "phq-9",
              PHQ_STEM,
              List.of(
                  frequency("1", "Little interest or pleasure in doing things", PHQ_STEM),
                  frequency("2", "Feeling down, depressed, or hopeless", PHQ_STEM),
                  frequency(
                      "3", "Trouble falling or staying asleep, or sleeping too much", PHQ_STEM),
                  frequency("4", "Feeling tired or having little energy", PHQ_STEM),
                  frequency("5", "Poor appetite or overeating", PHQ_STEM),
                  frequency(
                      "6",
                      "Feeling bad about yourself \u2014 or that you are a failure or have let"
                          + " yourself or your family down",
                      PHQ_STEM),
                  frequency(
                      "7",
                      "Trouble concentrating on things, such as reading the newspaper or watching"
                          + " television",
                      PHQ_STEM),
                  frequency(
                      "8",
                      "Moving or speaking so slowly that other people could have noticed? Or the"
                          + " opposite \u2014 being so fidgety or restless that you have been"
                          + " moving around a lot more than usual",
                      PHQ_STEM),
                  frequency(
                      "9",
                      "Thoughts that you would be better off dead or of hurting yourself in some"
                          + " way",
                      PHQ_STEM),
                  new Expected(
                      "10",
                      "If you checked off any problems, how difficult have these problems made it"
                          + " for you to do your work, take care of things at home, or get along"
                          + " with other people?",
                      null,
                      DIFFICULTY))),
          new ExpectedInstrument(
              "gad-7",
              GAD_STEM,
              List.of(
                  frequency("1", "Feeling nervous, anxious, or on edge", GAD_STEM),
                  frequency("2", "Not being able to stop or control worrying", GAD_STEM),
                  frequency("3", "Worrying too much about different things", GAD_STEM),
                  frequency("4", "Trouble relaxing", GAD_STEM),
                  frequency("5", "Being so restless that it is hard to sit still", GAD_STEM),
                  frequency("6", "Becoming easily annoyed or irritable", GAD_STEM),
                  frequency("7", "Feeling afraid, as if something awful might happen", GAD_STEM))),
          new ExpectedInstrument(
              "phq-4",
              GAD_STEM,
              List.of(
                  frequency("1", "Feeling nervous, anxious, or on edge", GAD_STEM),
                  frequency("2", "Not being able to stop or control worrying", GAD_STEM),
                  frequency("3", "Little interest or pleasure in doing things", GAD_STEM),
                  frequency("4", "Feeling down, depressed, or hopeless", GAD_STEM))),
          new ExpectedInstrument(
              "pain-and-interference",
              PAIN_STEM,
              List.of(
                  new Expected(
                      "intensity",
                      "On average, how bad has your pain been?",
                      PAIN_STEM,
                      zeroToTen("0 \u2014 no pain", "10 \u2014 the worst pain I can imagine")),
                  new Expected(
                      "interference",
                      "How much has pain got in the way of your day-to-day life?",
                      PAIN_STEM,
                      zeroToTen("0 \u2014 not at all", "10 \u2014 completely")))));

  private final Instruments instruments = new InstrumentLibrary((@Nullable Path) null);

  @TestFactory
  Stream<DynamicNode> everyShippedQuestionIsWordedAsItsSource() {
    assertThat(instruments.all())
        .extracting(Instrument::id)
        .containsExactlyElementsOf(TABLE.stream().map(ExpectedInstrument::id).toList());
    return TABLE.stream().map(this::instrument);
  }

  private DynamicContainer instrument(ExpectedInstrument expected) {
    Instrument instrument = instruments.find(expected.id()).orElseThrow();
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            expected.id() + " lead-in (stem)",
            () ->
                assertThat(instrument.stem())
                    .as(expected.id() + " stem")
                    .isEqualTo(expected.stem())));
    tests.add(
        DynamicTest.dynamicTest(
            expected.id() + " asks exactly these questions, in this order",
            () ->
                assertThat(instrument.questions())
                    .extracting(Instrument.Question::linkId)
                    .containsExactlyElementsOf(
                        expected.questions().stream().map(Expected::linkId).toList())));
    for (Expected question : expected.questions()) {
      String name = expected.id() + " question " + question.linkId();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Instrument.Question shipped = instrument.question(question.linkId()).orElseThrow();
                assertThat(shipped.text()).as(name + " text").isEqualTo(question.text());
                assertThat(instrument.leadIn(shipped))
                    .as(name + " lead-in")
                    .isEqualTo(question.leadIn());
                assertThat(shipped.options())
                    .as(name + " answers, lowest value first")
                    .extracting(Instrument.AnswerOption::label)
                    .containsExactlyElementsOf(question.options());
              }));
    }
    return DynamicContainer.dynamicContainer(expected.id(), tests);
  }

  private static Expected frequency(String linkId, String text, String leadIn) {
    return new Expected(linkId, text, leadIn, FREQUENCY);
  }

  private static List<String> zeroToTen(String zero, String ten) {
    List<String> options = new ArrayList<>();
    options.add(zero);
    for (int i = 1; i <= 9; i++) {
      options.add(String.valueOf(i));
    }
    options.add(ten);
    return options;
  }
}
