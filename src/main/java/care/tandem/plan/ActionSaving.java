package care.tandem.plan;

import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Saving a change to one action of the plan, for {@link CarePlans}: under the plan's lock, only if
 * nobody changed the action since the editor's starting version, and not at all if nothing changed.
 * Callers hold the transaction.
 */
final class ActionSaving {

  private final PlanRepository plans;
  private final PlanHistory history;
  private final PlanSteps steps;

  ActionSaving(PlanRepository plans, PlanHistory history, PlanSteps steps) {
    this.plans = plans;
    this.history = history;
    this.steps = steps;
  }

  int markDone(UUID person, UUID actionId, int startingVersion, Authentication viewer) {
    RecordAccess allowed = steps.changing(person, viewer, "action", actionId);
    int current = plans.lock(person, steps.now());
    CarePlan now = plans.plan(person);
    PlanAction existing = now.action(actionId).orElseThrow(RecordNotFoundException::new);
    PlanAction started =
        startingVersion == current
            ? existing
            : history
                .plan(person, startingVersion)
                .flatMap(p -> p.action(actionId))
                .orElse(existing);
    ActionDraft done = started.draft();
    done = new ActionDraft(done.section(), done.what(), done.assignee(), done.dueDate(), true);
    return save(allowed, current, now, existing, startingVersion, done, false);
  }

  int saveAction(
      UUID person,
      UUID actionId,
      int startingVersion,
      ActionDraft action,
      Authentication viewer,
      boolean merged) {
    RecordAccess allowed = steps.changing(person, viewer, "action", actionId);
    int current = plans.lock(person, steps.now());
    CarePlan plan = plans.plan(person);
    PlanAction existing = plan.action(actionId).orElseThrow(RecordNotFoundException::new);
    if (!Objects.equals(existing.assignee(), action.assignee())) {
      steps.requireOnTeam(allowed, action.assignee());
    }
    return save(allowed, current, plan, existing, startingVersion, action, merged);
  }

  private int save(
      RecordAccess allowed,
      int current,
      CarePlan plan,
      PlanAction existing,
      int startingVersion,
      ActionDraft action,
      boolean merged) {
    if (existing.draft().equals(action)) {
      return current;
    }
    Instant now = steps.now();
    int version = current + 1;
    if (startingVersion > current
        || !plans.updateAction(
            plan.person(),
            existing.id(),
            startingVersion,
            action,
            version,
            allowed.account(),
            now)) {
      throw new PlanChangedElsewhereException(action);
    }
    String what =
        merged
            ? "plan-merged"
            : action.done() && !existing.done() ? "action-done" : "action-changed";
    steps.saved(allowed, version, what, action.what(), now);
    return version;
  }
}
