package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.measures.Score;
import care.tandem.measures.testing.TestInstruments;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoAnswersTests {

  @Test
  void answersEveryScoredQuestionToReachTheTotal() {
    Map<String, Integer> answers = DemoAnswers.totalling(TestInstruments.MOOD, 4);

    assertThat(answers).containsOnlyKeys("q1", "q2", "q3");
    assertThat(TestInstruments.score(TestInstruments.MOOD, answers).total()).isEqualTo(4);
  }

  @Test
  void neverAnswersASafetyQuestionAboveNothing() {
    Map<String, Integer> answers = DemoAnswers.totalling(TestInstruments.MOOD, 9);
    Score score = TestInstruments.score(TestInstruments.MOOD, answers);

    assertThat(answers).containsEntry("q3", 0);
    assertThat(score.needsSafetyNet()).isFalse();
    assertThat(score.total()).isEqualTo(6);
  }
}
