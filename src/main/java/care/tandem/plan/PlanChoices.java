package care.tandem.plan;

import care.tandem.system.components.Choice;
import java.util.Arrays;
import java.util.List;

/** The fixed choices on plan forms. */
final class PlanChoices {

  private PlanChoices() {}

  static List<Choice> sections() {
    return Arrays.stream(PlanSection.values())
        .map(section -> Choice.of(section.name(), section.label()))
        .toList();
  }

  static List<Choice> statuses() {
    return Arrays.stream(GoalStatus.values())
        .map(status -> Choice.of(status.name(), status.label()))
        .toList();
  }
}
