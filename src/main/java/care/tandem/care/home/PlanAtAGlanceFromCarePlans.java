package care.tandem.care.home;

import care.tandem.care.RecordAccess;
import care.tandem.care.plan.ActionDue;
import care.tandem.care.plan.CarePlan;
import care.tandem.care.plan.CarePlans;
import care.tandem.care.plan.Goal;
import care.tandem.care.plan.GoalStatus;
import care.tandem.care.web.CareDates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The person's plan in brief, from the care plan's public queries: goals still being worked on
 * first, then those met or stopped; and the actions for the person that are overdue or due within
 * the week.
 */
@Component
class PlanAtAGlanceFromCarePlans implements PlanAtAGlance {

  private final CarePlans plans;

  PlanAtAGlanceFromCarePlans(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public PersonHomeView.PlanGlance glance(RecordAccess access, LocalDate today) {
    CarePlan plan = plans.plan(access);
    List<PersonHomeView.Goal> goals =
        plan.goals().stream()
            .sorted(Comparator.comparing((Goal goal) -> !goal.status().isOpen()))
            .map(goal -> new PersonHomeView.Goal(goal.title(), goal.status().label(), colour(goal)))
            .toList();
    List<PersonHomeView.Action> due =
        plans.actionsDue(access, today.plusDays(MyPeople.DAYS_AHEAD + 1)).stream()
            .filter(ActionDue::isForThePerson)
            .map(
                action ->
                    new PersonHomeView.Action(
                        action.what(),
                        CareDates.date(action.dueDate()),
                        action.dueDate().isBefore(today),
                        action.href()))
            .toList();
    return new PersonHomeView.PlanGlance(goals, due);
  }

  private static String colour(Goal goal) {
    return goal.status() == GoalStatus.NOT_STARTED ? "white" : goal.status().tagColour();
  }
}
