package care.tandem.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Scores any instrument from its definition alone: nothing about PHQ-9 or any other questionnaire
 * is written here. Answers are checked in full first and every problem is named, so a person is
 * never shown a score worked out from answers that were not theirs to give.
 */
@Component
class ScoringEngine implements Scorer {

  private final Map<String, ScoringPlan> plans = new ConcurrentHashMap<>();

  @Override
  public Score score(Instrument instrument, Map<String, Integer> answers) {
    ScoringPlan plan = plans.get(instrument.id());
    if (plan == null || plan.instrument() != instrument) {
      plan = new ScoringPlan(instrument);
      plans.put(instrument.id(), plan);
    }
    return plan.score(answers);
  }

  /** What scoring needs from an instrument, worked out once. */
  static final class ScoringPlan {

    private final Instrument instrument;
    private final List<Instrument.Question> questions;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final int[] lowest;
    private final boolean[][] offered;
    private final int[] reverseFrom;
    private final int[][] subscaleQuestions;

    ScoringPlan(Instrument instrument) {
      this.instrument = instrument;
      this.questions = instrument.questions();
      int count = questions.size();
      lowest = new int[count];
      offered = new boolean[count][];
      reverseFrom = new int[count];
      for (int i = 0; i < count; i++) {
        Instrument.Question q = questions.get(i);
        index.put(q.linkId(), i);
        List<Instrument.AnswerOption> options = q.options();
        int low = options.get(0).value();
        int high = options.get(options.size() - 1).value();
        lowest[i] = low;
        offered[i] = new boolean[high - low + 1];
        for (Instrument.AnswerOption option : options) {
          offered[i][option.value() - low] = true;
        }
        reverseFrom[i] = q.reverse() ? high : -1;
      }
      List<Instrument.Subscale> subscales = instrument.subscales();
      subscaleQuestions = new int[subscales.size()][];
      for (int s = 0; s < subscales.size(); s++) {
        subscaleQuestions[s] = subscales.get(s).linkIds().stream().mapToInt(index::get).toArray();
      }
    }

    Instrument instrument() {
      return instrument;
    }

    Score score(Map<String, Integer> answers) {
      int count = questions.size();
      int[] values = new int[count];
      boolean[] given = new boolean[count];
      @Nullable List<AnswersNotValidException.Problem> problems = null;
      @Nullable List<String> unknown = null;
      for (Map.Entry<String, Integer> answer : answers.entrySet()) {
        Integer i = index.get(answer.getKey());
        if (i == null) {
          unknown = add(unknown, answer.getKey());
          continue;
        }
        Integer value = answer.getValue();
        if (value == null || !isOffered(i, value)) {
          problems = add(problems, notOffered(i));
          continue;
        }
        values[i] = value;
        given[i] = true;
      }
      for (int i = 0; i < count; i++) {
        if (!given[i]
            && questions.get(i).scored()
            && !answers.containsKey(questions.get(i).linkId())) {
          problems = add(problems, missing(i));
        }
      }
      if (problems != null || unknown != null) {
        throw new AnswersNotValidException(inOrder(problems, unknown));
      }
      int total = 0;
      List<String> flags = List.of();
      for (int i = 0; i < count; i++) {
        Instrument.Question q = questions.get(i);
        if (given[i] && q.scored()) {
          total += counted(i, values[i]);
        }
        if (given[i] && q.flags(values[i])) {
          flags = flags.isEmpty() ? new ArrayList<>() : flags;
          flags.add(q.linkId());
        }
      }
      Map<String, Integer> subscales = new LinkedHashMap<>();
      for (int s = 0; s < subscaleQuestions.length; s++) {
        int sum = 0;
        for (int i : subscaleQuestions[s]) {
          sum += counted(i, values[i]);
        }
        subscales.put(instrument.subscales().get(s).id(), sum);
      }
      Integer casenessAt = instrument.casenessAt();
      return new Score(
          instrument.id(),
          total,
          instrument.bandOf(total),
          casenessAt != null && total >= casenessAt,
          subscales,
          flags);
    }

    private boolean isOffered(int i, int value) {
      int slot = value - lowest[i];
      return slot >= 0 && slot < offered[i].length && offered[i][slot];
    }

    private int counted(int i, int value) {
      return reverseFrom[i] < 0 ? value : reverseFrom[i] - value;
    }

    private AnswersNotValidException.Problem missing(int i) {
      return new AnswersNotValidException.Problem(
          questions.get(i).linkId(), "Select an answer to question " + (i + 1));
    }

    private AnswersNotValidException.Problem notOffered(int i) {
      return new AnswersNotValidException.Problem(
          questions.get(i).linkId(), "Select one of the answers given for question " + (i + 1));
    }

    private List<AnswersNotValidException.Problem> inOrder(
        @Nullable List<AnswersNotValidException.Problem> problems, @Nullable List<String> unknown) {
      List<AnswersNotValidException.Problem> all = new ArrayList<>();
      if (problems != null) {
        problems.stream()
            .sorted(Comparator.comparingInt(p -> index.get(p.linkId())))
            .forEach(all::add);
      }
      if (unknown != null) {
        unknown.stream()
            .sorted()
            .map(
                linkId ->
                    new AnswersNotValidException.Problem(
                        linkId, "This answer is for a question that is not in this questionnaire"))
            .forEach(all::add);
      }
      return all;
    }

    private static <T> List<T> add(@Nullable List<T> list, T item) {
      List<T> result = list == null ? new ArrayList<>() : list;
      result.add(item);
      return result;
    }
  }
}
