package care.tandem.measures;

import java.util.List;
import java.util.stream.Collectors;

/** Answers that cannot be scored, with each problem named. Nothing is stored. */
public class AnswersNotValidException extends RuntimeException {

  private final List<Problem> problems;

  public AnswersNotValidException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * One problem.
   *
   * @param linkId the question it is about
   * @param message in plain words, for a person: "Select an answer to question 3"
   */
  public record Problem(String linkId, String message) {
    @Override
    public String toString() {
      return linkId + ": " + message;
    }
  }
}
