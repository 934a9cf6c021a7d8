package care.tandem.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as its pages show it: now, at an earlier version, or for printing.
 *
 * @param whatMatters what matters to the person, in their words from "about me", line by line
 * @param canChange whether the viewer may change the plan (the person and their team; not
 *     break-glass, and never on an earlier version)
 * @param lastChange who last changed it and when: "Priya Shah on 3 March 2026 at 2:15pm"
 */
public record PlanPage(
    String personId,
    String personName,
    List<String> whatMatters,
    boolean canChange,
    int version,
    @Nullable String lastChange,
    List<Section> sections) {

  public String href() {
    return "/people/" + personId + "/plan";
  }

  public boolean isEmpty() {
    return sections.stream().allMatch(s -> s.goals().isEmpty() && s.actions().isEmpty());
  }

  /** One of the plan's three sections, with its goals and actions. */
  public record Section(
      String id, String heading, List<GoalView> goals, List<ActionView> actions, String name) {}

  /** A goal as the page shows it, with every value in words. */
  public record GoalView(
      String id,
      String title,
      List<String> target,
      String owner,
      String status,
      String statusColour,
      String reviewDate,
      String lastChange,
      String editHref) {}

  /** An action as the page shows it. */
  public record ActionView(
      String id,
      String what,
      String assignee,
      String dueDate,
      boolean overdue,
      boolean done,
      String lastChange,
      String editHref,
      String doneHref) {}
}
