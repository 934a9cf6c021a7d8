package care.tandem.plan;

import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.Created;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared care plan's public face. Reads take a {@link RecordAccess}; changes check access
 * themselves (the person and their current team may change the plan, break-glass may not), take the
 * plan's lock, save, keep the new version in the history and publish {@link CarePlanChanged}, all
 * in one transaction.
 */
@Service
public class CarePlans {

  static final String CHANGED = PlanSteps.CHANGED;
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final PlanRepository plans;
  private final PlanHistory history;
  private final PlanSteps steps;
  private final ActionSaving actions;

  @Autowired
  CarePlans(
      PlanRepository plans,
      PlanHistory history,
      CareAccess access,
      CareTeam team,
      ApplicationEventPublisher events) {
    this(plans, history, new PlanSteps(plans, history, access, team, events, Clock.systemUTC()));
  }

  private CarePlans(PlanRepository plans, PlanHistory history, PlanSteps steps) {
    this.plans = plans;
    this.history = history;
    this.steps = steps;
    this.actions = new ActionSaving(plans, history, steps);
  }

  /**
   * The same plans, with changes stamped by {@code clock}: for demo content written "in the past".
   * Not a Spring bean, so call it inside a transaction. Public for the demo seed ({@code
   * plan.demo}).
   */
  public CarePlans at(Clock clock) {
    return new CarePlans(plans, history, steps.at(clock));
  }

  /** The plan as it stands now (version 0 and empty if nobody has written it yet). */
  @Transactional(readOnly = true)
  public CarePlan plan(RecordAccess access) {
    return plans.plan(access.person());
  }

  /** The plan as it was at an earlier version, if there is one. */
  @Transactional(readOnly = true)
  public Optional<CarePlan> version(RecordAccess access, int version) {
    return history.plan(access.person(), version);
  }

  /** Every change to the plan, newest first. */
  @Transactional(readOnly = true)
  public List<PlanChange> history(RecordAccess access) {
    return history.changes(access.person());
  }

  /** Goals by status, the next review and actions still to do: for home pages. */
  @Transactional(readOnly = true)
  public PlanGlance glance(RecordAccess access) {
    return PlanGlance.of(plans.plan(access.person()), LocalDate.now(LONDON));
  }

  /** The plan's actions not yet done that are due before {@code before}, soonest first. */
  @Transactional(readOnly = true)
  public List<ActionDue> actionsDue(RecordAccess access, LocalDate before) {
    return plans.plan(access.person()).actions().stream()
        .filter(action -> !action.done() && action.dueDate() != null)
        .filter(action -> action.dueDate().isBefore(before))
        .sorted(Comparator.comparing(PlanAction::dueDate))
        .map(
            action ->
                new ActionDue(
                    access.person(),
                    action.id(),
                    action.section(),
                    action.what(),
                    action.assignee(),
                    action.dueDate()))
        .toList();
  }

  /**
   * Actions not yet done, assigned to a practitioner, due before {@code before}, across the plans
   * of {@code people}. No access check: pass only people the caller has checked the practitioner
   * may see, such as {@link CareAccess#peopleOnTeamsOf}.
   */
  @Transactional(readOnly = true)
  public List<ActionDue> actionsDueFor(UUID account, Collection<UUID> people, LocalDate before) {
    return plans.dueFor(account, people, before);
  }

  /**
   * Adds a goal, once per idempotency key: a repeated submit returns the first goal.
   *
   * @throws RecordNotFoundException if the viewer may not change the plan, the owner is not the
   *     person or on their team, or the key was used on another person's plan
   */
  @Transactional
  public Created addGoal(UUID person, GoalDraft goal, UUID idempotencyKey, Authentication viewer) {
    RecordAccess allowed = steps.changing(person, viewer, "goal-added");
    steps.requireOnTeam(allowed, goal.owner());
    Instant now = steps.now();
    int current = plans.lock(person, now);
    Optional<PlanRepository.Keyed> earlier = plans.goalByKey(idempotencyKey);
    if (earlier.isPresent()) {
      return PlanSteps.repeated(earlier.get(), person);
    }
    UUID id = UUID.randomUUID();
    plans.insertGoal(person, id, goal, idempotencyKey, current + 1, allowed.account(), now);
    steps.saved(allowed, current + 1, "goal-added", goal.title(), now);
    return new Created(id, true);
  }

  /**
   * Changes a goal, if nobody else has changed it since plan version {@code startingVersion}.
   * Changing nothing saves nothing (so a double submit is not a conflict).
   *
   * @return the plan's version after the change
   * @throws PlanChangedElsewhereException if someone else changed the goal first
   * @throws RecordNotFoundException if the viewer may not change the plan, or it has no such goal
   */
  @Transactional
  public int changeGoal(
      UUID person, UUID goalId, int startingVersion, GoalDraft goal, Authentication viewer) {
    return saveGoal(person, goalId, startingVersion, goal, viewer, false);
  }

  /**
   * As {@link #changeGoal}, for the result of merging two edits; recorded as {@code plan-merged}.
   */
  @Transactional
  public int mergeGoal(
      UUID person, UUID goalId, int startingVersion, GoalDraft goal, Authentication viewer) {
    return saveGoal(person, goalId, startingVersion, goal, viewer, true);
  }

  /** As {@link #addGoal}, for an action. */
  @Transactional
  public Created addAction(
      UUID person, ActionDraft action, UUID idempotencyKey, Authentication viewer) {
    RecordAccess allowed = steps.changing(person, viewer, "action-added");
    steps.requireOnTeam(allowed, action.assignee());
    Instant now = steps.now();
    int current = plans.lock(person, now);
    Optional<PlanRepository.Keyed> earlier = plans.actionByKey(idempotencyKey);
    if (earlier.isPresent()) {
      return PlanSteps.repeated(earlier.get(), person);
    }
    UUID id = UUID.randomUUID();
    plans.insertAction(person, id, action, idempotencyKey, current + 1, allowed.account(), now);
    steps.saved(allowed, current + 1, "action-added", action.what(), now);
    return new Created(id, true);
  }

  /** As {@link #changeGoal}, for an action. */
  @Transactional
  public int changeAction(
      UUID person, UUID actionId, int startingVersion, ActionDraft action, Authentication viewer) {
    return actions.saveAction(person, actionId, startingVersion, action, viewer, false);
  }

  /** As {@link #mergeGoal}, for an action. */
  @Transactional
  public int mergeAction(
      UUID person, UUID actionId, int startingVersion, ActionDraft action, Authentication viewer) {
    return actions.saveAction(person, actionId, startingVersion, action, viewer, true);
  }

  /**
   * Marks an action done, as it stood at {@code startingVersion}: if someone has changed it since,
   * the editor sees both versions, as for any other edit.
   */
  @Transactional
  public int markDone(UUID person, UUID actionId, int startingVersion, Authentication viewer) {
    return actions.markDone(person, actionId, startingVersion, viewer);
  }

  private int saveGoal(
      UUID person,
      UUID goalId,
      int startingVersion,
      GoalDraft goal,
      Authentication viewer,
      boolean merged) {
    RecordAccess allowed = steps.changing(person, viewer, "goal", goalId);
    Instant now = steps.now();
    int current = plans.lock(person, now);
    Goal existing = plans.plan(person).goal(goalId).orElseThrow(RecordNotFoundException::new);
    if (!Objects.equals(existing.owner(), goal.owner())) {
      steps.requireOnTeam(allowed, goal.owner());
    }
    if (existing.draft().equals(goal)) {
      return current;
    }
    int version = current + 1;
    if (startingVersion > current
        || !plans.updateGoal(
            person, goalId, startingVersion, goal, version, allowed.account(), now)) {
      throw new PlanChangedElsewhereException(goal);
    }
    String what =
        merged
            ? "plan-merged"
            : goal.status() == GoalStatus.MET && existing.status() != GoalStatus.MET
                ? "goal-met"
                : goal.section() != existing.section() ? "section-changed" : "goal-changed";
    steps.saved(allowed, version, what, goal.title(), now);
    return version;
  }
}
