package care.tandem.system.content;

import java.util.List;

/** Content that must not be published: the message lists every problem, one per line. */
public class InvalidContentException extends RuntimeException {

  private final List<String> problems;

  public InvalidContentException(List<String> problems) {
    super(
        "The content has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
