package care.tandem.measures;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many complete responses the scoring engine scores per second on one thread (so per core),
 * from the shipped instrument files. Each call scores the next of 4,096 random, valid sets of
 * answers, so branch prediction cannot learn one answer set. Run by {@code bench/scoring.sh}; the
 * figure goes in docs/performance.md, never in a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  private static final int ANSWER_SETS = 4096;

  @Param({"phq-9", "gad-7", "phq-4"})
  public String instrumentId;

  private Instrument instrument;
  private Scorer scorer;
  private Map<String, Integer>[] answerSets;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void readInstrumentsAndMakeAnswers() {
    instrument = new InstrumentLibrary((@Nullable Path) null).find(instrumentId).orElseThrow();
    scorer = new ScoringEngine();
    SplittableRandom random = new SplittableRandom(42);
    answerSets = new Map[ANSWER_SETS];
    for (int i = 0; i < ANSWER_SETS; i++) {
      Map<String, Integer> answers = new HashMap<>();
      for (Instrument.Question question : instrument.scoredQuestions()) {
        var options = question.options();
        answers.put(question.linkId(), options.get(random.nextInt(options.size())).value());
      }
      answerSets[i] = answers;
    }
  }

  @Benchmark
  public Score scoreOneResponse() {
    Map<String, Integer> answers = answerSets[next];
    next = (next + 1) & (ANSWER_SETS - 1);
    return scorer.score(instrument, answers);
  }
}
