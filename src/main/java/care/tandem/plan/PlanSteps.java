package care.tandem.plan;

import static care.tandem.system.Capability.CHANGE_CARE_PLAN;

import care.tandem.care.Capabilities;
import care.tandem.care.CareTeam;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.Created;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;

/**
 * The steps every plan change shares: check the viewer may change the record (audited), check a
 * named owner or assignee is on the team, and, once saved, move the plan to its new version, keep
 * its snapshot in the history and publish {@link CarePlanChanged}. One clock stamps them all.
 */
final class PlanSteps {

  static final String CHANGED = "care-plan.changed";
  private static final int TITLE_LABEL_LENGTH = 120;

  private final PlanRepository plans;
  private final PlanHistory history;
  private final Capabilities access;
  private final CareTeam team;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanSteps(
      PlanRepository plans,
      PlanHistory history,
      Capabilities access,
      CareTeam team,
      ApplicationEventPublisher events,
      Clock clock) {
    this.plans = plans;
    this.history = history;
    this.access = access;
    this.team = team;
    this.events = events;
    this.clock = clock;
  }

  PlanSteps at(Clock other) {
    return new PlanSteps(plans, history, access, team, events, other);
  }

  RecordAccess changing(UUID person, Authentication viewer, String what) {
    return access.require(person, viewer, CHANGE_CARE_PLAN, CHANGED, Map.of("what", what));
  }

  RecordAccess changing(UUID person, Authentication viewer, String kind, UUID item) {
    return access.require(person, viewer, CHANGE_CARE_PLAN, CHANGED, Map.of(kind, item.toString()));
  }

  /** After a change: the plan's new version, its snapshot in the history, and the event. */
  void saved(RecordAccess allowed, int version, String what, String title, Instant now) {
    UUID person = allowed.person();
    plans.markChanged(person, version, allowed.account(), now);
    String label = label(title);
    history.record(plans.plan(person), what, label, allowed.account(), now);
    events.publishEvent(new CarePlanChanged(person, allowed.account(), now, version, what, label));
  }

  void requireOnTeam(RecordAccess allowed, @Nullable UUID member) {
    if (member != null
        && team.current(allowed).stream().noneMatch(m -> m.accountId().equals(member))) {
      throw new RecordNotFoundException();
    }
  }

  static Created repeated(PlanRepository.Keyed earlier, UUID person) {
    if (!earlier.person().equals(person)) {
      throw new RecordNotFoundException();
    }
    return new Created(earlier.id(), false);
  }

  Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static String label(String title) {
    String line = title.replaceAll("\\s+", " ").strip();
    return line.length() <= TITLE_LABEL_LENGTH
        ? line
        : line.substring(0, TITLE_LABEL_LENGTH - 1).strip() + "…";
  }
}
