package care.tandem.plan;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.Created;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
  private final ItemSaving saving;
  private final ItemStore<GoalDraft> goals;
  private final ItemStore<ActionDraft> actions;

  @Autowired
  CarePlans(
      PlanRepository plans,
      PlanHistory history,
      Capabilities access,
      CareTeam team,
      ApplicationEventPublisher events) {
    this(plans, history, new PlanSteps(plans, history, access, team, events, Clock.systemUTC()));
  }

  private CarePlans(PlanRepository plans, PlanHistory history, PlanSteps steps) {
    this.plans = plans;
    this.history = history;
    this.steps = steps;
    this.saving = new ItemSaving(plans, steps);
    this.goals = ItemStore.goals(plans);
    this.actions = ItemStore.actions(plans);
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
    return saving.add(goals, person, goal, idempotencyKey, viewer);
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
    return saving.change(goals, person, goalId, startingVersion, goal, viewer, false);
  }

  /**
   * As {@link #changeGoal}, for the result of merging two edits; recorded as {@code plan-merged}.
   */
  @Transactional
  public int mergeGoal(
      UUID person, UUID goalId, int startingVersion, GoalDraft goal, Authentication viewer) {
    return saving.change(goals, person, goalId, startingVersion, goal, viewer, true);
  }

  /** As {@link #addGoal}, for an action. */
  @Transactional
  public Created addAction(
      UUID person, ActionDraft action, UUID idempotencyKey, Authentication viewer) {
    return saving.add(actions, person, action, idempotencyKey, viewer);
  }

  /** As {@link #changeGoal}, for an action. */
  @Transactional
  public int changeAction(
      UUID person, UUID actionId, int startingVersion, ActionDraft action, Authentication viewer) {
    return saving.change(actions, person, actionId, startingVersion, action, viewer, false);
  }

  /** As {@link #mergeGoal}, for an action. */
  @Transactional
  public int mergeAction(
      UUID person, UUID actionId, int startingVersion, ActionDraft action, Authentication viewer) {
    return saving.change(actions, person, actionId, startingVersion, action, viewer, true);
  }

  /**
   * Marks an action done, as it stood at {@code startingVersion}: if someone has changed it since,
   * the editor sees both versions, as for any other edit.
   */
  @Transactional
  public int markDone(UUID person, UUID actionId, int startingVersion, Authentication viewer) {
    ItemSaving.Changing<ActionDraft> changing = saving.open(actions, person, actionId, viewer);
    ActionDraft started =
        startingVersion == changing.current()
            ? changing.existing()
            : history
                .plan(person, startingVersion)
                .flatMap(plan -> plan.action(actionId))
                .map(PlanAction::draft)
                .orElse(changing.existing());
    ActionDraft done =
        new ActionDraft(
            started.section(), started.what(), started.assignee(), started.dueDate(), true);
    return saving.save(actions, changing, startingVersion, done, false);
  }
}
