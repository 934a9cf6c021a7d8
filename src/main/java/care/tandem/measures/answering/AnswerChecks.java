package care.tandem.measures.answering;

import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Refuses answers to questions the instrument does not ask, and values it does not offer. */
final class AnswerChecks {

  private AnswerChecks() {}

  /**
   * @throws AnswersNotValidException naming every problem, before anything is stored
   */
  static void check(Instrument instrument, Map<String, Integer> answers) {
    List<AnswersNotValidException.Problem> problems = new ArrayList<>();
    answers.forEach(
        (linkId, value) -> {
          var question = instrument.question(linkId);
          if (question.isEmpty()) {
            problems.add(
                new AnswersNotValidException.Problem(
                    linkId, "This questionnaire does not ask that question"));
          } else if (question.get().option(value).isEmpty()) {
            problems.add(
                new AnswersNotValidException.Problem(linkId, "Select one of the answers offered"));
          }
        });
    if (!problems.isEmpty()) {
      throw new AnswersNotValidException(problems);
    }
  }
}
