package care.tandem.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's plan as it stands at one version: now, or as it was (from the version history).
 * Version 0 is the empty plan nobody has changed yet.
 */
public record CarePlan(
    UUID person,
    int version,
    List<Goal> goals,
    List<PlanAction> actions,
    @Nullable UUID updatedBy,
    @Nullable Instant updatedAt) {

  public CarePlan {
    goals = List.copyOf(goals);
    actions = List.copyOf(actions);
  }

  static CarePlan empty(UUID person) {
    return new CarePlan(person, 0, List.of(), List.of(), null, null);
  }

  public boolean isEmpty() {
    return goals.isEmpty() && actions.isEmpty();
  }

  public Optional<Goal> goal(UUID id) {
    return goals.stream().filter(goal -> goal.id().equals(id)).findFirst();
  }

  public Optional<PlanAction> action(UUID id) {
    return actions.stream().filter(action -> action.id().equals(id)).findFirst();
  }

  public List<Goal> goalsIn(PlanSection section) {
    return goals.stream().filter(goal -> goal.section() == section).toList();
  }

  public List<PlanAction> actionsIn(PlanSection section) {
    return actions.stream().filter(action -> action.section() == section).toList();
  }
}
