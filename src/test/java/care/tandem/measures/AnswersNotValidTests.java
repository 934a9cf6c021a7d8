package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AnswersNotValidTests {

  private static final Instrument PHQ9 =
      new InstrumentLibrary((@Nullable Path) null).find("phq-9").orElseThrow();
  private final Scorer scorer = new ScoringEngine();

  @Test
  void namesEveryMissingScoredAnswer() {
    Map<String, Integer> answers = allZero();
    answers.remove("3");
    answers.remove("9");
    var problems = problems(answers);
    assertThat(problems)
        .containsExactly(
            new AnswersNotValidException.Problem("3", "Select an answer to question 3"),
            new AnswersNotValidException.Problem("9", "Select an answer to question 9"));
  }

  @Test
  void namesEveryValueNotOffered() {
    Map<String, Integer> answers = allZero();
    answers.put("2", 4);
    answers.put("5", -1);
    answers.put("10", 7);
    assertThat(problems(answers))
        .extracting(AnswersNotValidException.Problem::linkId)
        .containsExactly("2", "5", "10");
    assertThat(problems(answers).get(0).message())
        .isEqualTo("Select one of the answers given for question 2");
  }

  @Test
  void namesAnswersToQuestionsTheInstrumentDoesNotAsk() {
    Map<String, Integer> answers = allZero();
    answers.put("11", 0);
    answers.put("phq9-1", 2);
    assertThat(problems(answers))
        .extracting(AnswersNotValidException.Problem::linkId)
        .containsExactly("11", "phq9-1");
  }

  @Test
  void namesEveryKindOfProblemAtOnce() {
    Map<String, Integer> answers = allZero();
    answers.remove("1");
    answers.put("4", 9);
    answers.put("twelve", 1);
    var thrown =
        catchThrowableOfType(AnswersNotValidException.class, () -> scorer.score(PHQ9, answers));
    assertThat(thrown.problems())
        .extracting(AnswersNotValidException.Problem::linkId)
        .containsExactly("1", "4", "twelve");
    assertThat(thrown.getMessage()).contains("question 1", "question 4", "twelve");
  }

  @Test
  void letsTheUnscoredQuestionBeLeftOut() {
    assertThat(scorer.score(PHQ9, allZero()).total()).isZero();
  }

  private List<AnswersNotValidException.Problem> problems(Map<String, Integer> answers) {
    return catchThrowableOfType(AnswersNotValidException.class, () -> scorer.score(PHQ9, answers))
        .problems();
  }

  private static Map<String, Integer> allZero() {
    Map<String, Integer> answers = new HashMap<>();
    for (int i = 1; i <= 9; i++) {
      answers.put(String.valueOf(i), 0);
    }
    return answers;
  }
}
