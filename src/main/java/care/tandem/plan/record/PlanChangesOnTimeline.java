package care.tandem.plan.record;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import care.tandem.plan.CarePlanChanged;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each change to the care plan on the timeline once the change has committed: goals added,
 * changed, moved or met, and actions added, changed or done. The event publication registry tries
 * again if this fails; one entry per plan version, so a replayed event adds nothing.
 */
@Component
class PlanChangesOnTimeline {

  private final TimelineEntries timeline;

  PlanChangesOnTimeline(TimelineEntries timeline) {
    this.timeline = timeline;
  }

  @ApplicationModuleListener
  void on(CarePlanChanged changed) {
    TimelineKind kind =
        switch (changed.what()) {
          case "goal-met" -> TimelineKind.GOAL_MET;
          case "action-done" -> TimelineKind.ACTION_DONE;
          default -> TimelineKind.PLAN_CHANGED;
        };
    timeline.add(
        changed.person(),
        changed.at(),
        kind,
        changed.actor(),
        title(changed.what(), changed.title()),
        "/people/" + changed.person() + "/plan/versions/" + changed.version(),
        sourceOf(changed));
  }

  /** "Goal met: walk to the shops". The label is the plan's own short label for the change. */
  static String title(String what, String label) {
    String change =
        switch (what) {
          case "goal-added" -> "Goal added";
          case "goal-changed" -> "Goal changed";
          case "goal-met" -> "Goal met";
          case "section-changed" -> "Goal moved to another part of the plan";
          case "action-added" -> "Action added";
          case "action-changed" -> "Action changed";
          case "action-done" -> "Action done";
          case "plan-merged" -> "Changes merged";
          default -> "Care plan changed";
        };
    String shown = label.replaceAll("\\s+", " ").strip();
    return shown.isEmpty() ? change : change + ": " + shown;
  }

  /** Each version of a person's plan is made by one change. */
  private static UUID sourceOf(CarePlanChanged changed) {
    return UUID.nameUUIDFromBytes(
        ("care-plan:" + changed.person() + ":" + changed.version())
            .getBytes(StandardCharsets.UTF_8));
  }
}
