package care.tandem.plan;

import care.tandem.care.RecordAccess;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The plan at a glance for the record page, read with the record's own access check. */
@Component
public class PlanSummaries {

  static final int DUE_SOON_DAYS = 14;

  private final CarePlans plans;

  PlanSummaries(CarePlans plans) {
    this.plans = plans;
  }

  public PlanSummary of(RecordAccess access) {
    CarePlan plan = plans.plan(access);
    LocalDate today = PlanDates.today();
    List<PlanSummary.Line> sections =
        List.of(PlanSection.values()).stream()
            .map(section -> new PlanSummary.Line(section.label(), goals(plan, section)))
            .toList();
    String nextReview =
        plan.goals().stream()
            .filter(goal -> goal.status().isOpen() && goal.reviewDate() != null)
            .map(Goal::reviewDate)
            .filter(date -> !date.isBefore(today))
            .min(Comparator.naturalOrder())
            .map(PlanDates::date)
            .orElse(null);
    List<LocalDate> due =
        plan.actions().stream()
            .filter(action -> !action.done() && action.dueDate() != null)
            .map(PlanAction::dueDate)
            .filter(date -> date.isBefore(today.plusDays(DUE_SOON_DAYS + 1)))
            .toList();
    int overdue = (int) due.stream().filter(date -> date.isBefore(today)).count();
    return new PlanSummary(
        "/people/" + access.person() + "/plan",
        plan.isEmpty(),
        sections,
        nextReview,
        due.size(),
        overdue);
  }

  private static String goals(CarePlan plan, PlanSection section) {
    List<Goal> goals = plan.goals().stream().filter(goal -> goal.section() == section).toList();
    long met = goals.stream().filter(goal -> goal.status() == GoalStatus.MET).count();
    if (goals.isEmpty()) {
      return "No goals yet";
    }
    String count = goals.size() == 1 ? "1 goal" : goals.size() + " goals";
    return met == 0 ? count : count + ", " + met + " met";
  }
}
