package care.tandem.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Shapes a plan, at any version, into the {@link PlanPage} its templates show. */
@Component
class PlanPresenter {

  PlanPage page(CarePlan plan, PlanPeople.Who who, List<String> whatMatters, boolean canChange) {
    LocalDate today = PlanDates.today();
    String base = "/people/" + plan.person() + "/plan";
    List<PlanPage.Section> sections =
        Arrays.stream(PlanSection.values())
            .map(
                section ->
                    new PlanPage.Section(
                        section.slug(),
                        section.label(),
                        plan.goalsIn(section).stream().map(g -> goal(g, who, base)).toList(),
                        plan.actionsIn(section).stream()
                            .map(a -> action(a, who, base, today))
                            .toList(),
                        section.name()))
            .toList();
    return new PlanPage(
        plan.person().toString(),
        who.personName(),
        whatMatters,
        canChange,
        plan.version(),
        plan.updatedBy() == null || plan.updatedAt() == null
            ? null
            : who.account(plan.updatedBy()) + " on " + PlanDates.dateAndTime(plan.updatedAt()),
        sections);
  }

  private static PlanPage.GoalView goal(Goal goal, PlanPeople.Who who, String base) {
    return new PlanPage.GoalView(
        goal.id().toString(),
        goal.title(),
        lines(goal.target()),
        who.member(goal.owner()),
        goal.status().label(),
        goal.status().tagColour(),
        goal.reviewDate() == null ? "Not set" : PlanDates.date(goal.reviewDate()),
        who.account(goal.updatedBy()) + " on " + PlanDates.dateAndTime(goal.updatedAt()),
        base + "/goals/" + goal.id());
  }

  private static PlanPage.ActionView action(
      PlanAction action, PlanPeople.Who who, String base, LocalDate today) {
    return new PlanPage.ActionView(
        action.id().toString(),
        action.what(),
        who.member(action.assignee()),
        action.dueDate() == null ? "No date" : PlanDates.date(action.dueDate()),
        !action.done() && action.dueDate() != null && action.dueDate().isBefore(today),
        action.done(),
        who.account(action.updatedBy()) + " on " + PlanDates.dateAndTime(action.updatedAt()),
        base + "/actions/" + action.id(),
        base + "/actions/" + action.id() + "/done");
  }

  static List<String> lines(String text) {
    return text.isBlank() ? List.of() : List.of(text.split("\n"));
  }
}
