package care.tandem.learning.pathways;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a pathway and its steps, in order.
 *
 * @param shippedSlug the file it was loaded from, for a shipped pathway
 */
record Pathway(
    UUID id,
    @Nullable String shippedSlug,
    String title,
    String summary,
    int version,
    List<PathwayStep> steps) {

  Pathway {
    steps = List.copyOf(steps);
  }

  Optional<PathwayStep> step(UUID stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }
}
