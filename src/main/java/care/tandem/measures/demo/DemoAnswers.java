package care.tandem.measures.demo;

import care.tandem.measures.Instrument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up answers that add up to a chosen total, spread evenly over the scored questions, for demo
 * results. Safety questions are always answered 0: demo data must never look like a crisis.
 */
public final class DemoAnswers {

  private DemoAnswers() {}

  /**
   * Answers to every scored question; the total is as near {@code target} as the questions allow.
   */
  public static Map<String, Integer> totalling(Instrument instrument, int target) {
    List<Instrument.Question> questions =
        instrument.scoredQuestions().stream()
            .filter(question -> !question.options().isEmpty())
            .toList();
    Map<String, Integer> points = new LinkedHashMap<>();
    questions.forEach(question -> points.put(question.linkId(), 0));
    int left = target - instrument.totalMin();
    boolean added = true;
    while (left > 0 && added) {
      added = false;
      for (Instrument.Question question : questions) {
        int now = points.get(question.linkId());
        if (left > 0 && question.safetyAt() == null && now < range(question)) {
          points.put(question.linkId(), now + 1);
          left--;
          added = true;
        }
      }
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (Instrument.Question question : questions) {
      answers.put(question.linkId(), valueFor(question, points.get(question.linkId())));
    }
    return answers;
  }

  private static int range(Instrument.Question question) {
    return highest(question) - lowest(question);
  }

  /** The answer worth these points: counted from the top for a reversed question. */
  private static int valueFor(Instrument.Question question, int points) {
    int wanted = question.reverse() ? highest(question) - points : lowest(question) + points;
    return question.options().stream()
        .map(Instrument.AnswerOption::value)
        .min((a, b) -> Integer.compare(Math.abs(a - wanted), Math.abs(b - wanted)))
        .orElse(wanted);
  }

  private static int lowest(Instrument.Question question) {
    return question.options().get(0).value();
  }

  private static int highest(Instrument.Question question) {
    return question.options().get(question.options().size() - 1).value();
  }
}
