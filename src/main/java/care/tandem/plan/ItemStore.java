package care.tandem.plan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link ItemSaving} keeps one kind of plan item (a goal, an action), who it names, and what
 * a change to it is called in the plan's history.
 *
 * @param kind "goal" or "action": in audit details and history
 * @param member the owner or assignee, who must be the person or on their team
 * @param title what the history calls the item
 * @param changed what a change from the first draft to the second is called in the history
 */
record ItemStore<D extends Record>(
    String kind,
    BiFunction<CarePlan, UUID, Optional<D>> in,
    Function<D, @Nullable UUID> member,
    Function<D, String> title,
    BiFunction<D, D, String> changed,
    Function<UUID, Optional<PlanRepository.Keyed>> byKey,
    Insert<D> insert,
    Update<D> update) {

  static ItemStore<GoalDraft> goals(PlanRepository plans) {
    return new ItemStore<>(
        "goal",
        (plan, id) -> plan.goal(id).map(Goal::draft),
        GoalDraft::owner,
        GoalDraft::title,
        (before, after) ->
            after.status() == GoalStatus.MET && before.status() != GoalStatus.MET
                ? "goal-met"
                : after.section() != before.section() ? "section-changed" : "goal-changed",
        plans::goalByKey,
        plans::insertGoal,
        plans::updateGoal);
  }

  static ItemStore<ActionDraft> actions(PlanRepository plans) {
    return new ItemStore<>(
        "action",
        (plan, id) -> plan.action(id).map(PlanAction::draft),
        ActionDraft::assignee,
        ActionDraft::what,
        (before, after) -> after.done() && !before.done() ? "action-done" : "action-changed",
        plans::actionByKey,
        plans::insertAction,
        plans::updateAction);
  }

  /** {@link PlanRepository#insertGoal} or {@link PlanRepository#insertAction}. */
  @FunctionalInterface
  interface Insert<D> {
    void insert(UUID person, UUID id, D draft, UUID key, int version, UUID actor, Instant now);
  }

  /** {@link PlanRepository#updateGoal} or {@link PlanRepository#updateAction}. */
  @FunctionalInterface
  interface Update<D> {
    boolean update(
        UUID person, UUID id, int starting, D draft, int version, UUID actor, Instant now);
  }
}
