package care.tandem.principles;

import care.tandem.system.content.ContentProblems;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The principles as read and checked from their Markdown files. Other content (guide solutions)
 * links to principles by id, so the ids are known before anything is stored.
 */
public final class PrincipleContent {

  private final List<Principle> principles;

  private PrincipleContent(List<Principle> principles) {
    this.principles = principles;
  }

  /** Reads the files under {@code location}, adding any problem found to {@code problems}. */
  public static PrincipleContent read(
      ResourcePatternResolver resources, String location, ContentProblems problems) {
    return new PrincipleContent(PrincipleContentReader.read(resources, location, problems));
  }

  public Set<String> ids() {
    return principles.stream().map(Principle::id).collect(Collectors.toUnmodifiableSet());
  }

  public int size() {
    return principles.size();
  }

  List<Principle> principles() {
    return principles;
  }
}
