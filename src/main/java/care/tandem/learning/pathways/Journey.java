package care.tandem.learning.pathways;

import care.tandem.care.RecordAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One person's way through one pathway version, as the viewer was let in to see it.
 *
 * @param askWhy the released step left unopened that the "What got in the way?" question is about,
 *     if it is still unanswered
 */
record Journey(
    RecordAccess access,
    Enrolment enrolment,
    Pathway pathway,
    List<StepProgress> progress,
    @Nullable UUID askWhy) {

  Journey {
    progress = List.copyOf(progress);
  }

  Map<UUID, StepProgress> byStep() {
    return progress.stream().collect(Collectors.toMap(StepProgress::step, Function.identity()));
  }

  Optional<StepProgress> progressOf(UUID step) {
    return Optional.ofNullable(byStep().get(step));
  }

  int released() {
    return progress.size();
  }

  long opened() {
    return progress.stream().filter(p -> p.opened() != null).count();
  }

  long finished() {
    return progress.stream().filter(p -> p.finished() != null).count();
  }

  boolean allReleased() {
    return released() >= pathway.steps().size();
  }

  /** The first step not yet released, in order. */
  Optional<PathwayStep> nextToRelease() {
    Map<UUID, StepProgress> out = byStep();
    return pathway.steps().stream().filter(s -> !out.containsKey(s.id())).findFirst();
  }
}
