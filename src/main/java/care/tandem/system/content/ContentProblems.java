package care.tandem.system.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in a content set, so one run reports them all, each naming the file
 * and the field. {@link #throwIfAny()} fails loudly at the end.
 */
public final class ContentProblems {

  private final List<String> problems = new ArrayList<>();

  public void add(String file, String field, String message) {
    problems.add(file + ": " + field + ": " + message);
  }

  public List<String> all() {
    return List.copyOf(problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
  }
}
