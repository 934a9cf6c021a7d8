package care.tandem.plan.record;

import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import care.tandem.care.web.CareDates;
import care.tandem.plan.ActionDue;
import care.tandem.plan.CarePlan;
import care.tandem.plan.CarePlans;
import care.tandem.plan.Goal;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSummaries;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The care plan's section of the record: at a glance on the record overview; on the person's home,
 * their goals (those still being worked on first, then those met or stopped) and their actions
 * overdue or due within the week.
 */
@Component
class PlanOnRecord implements RecordSection {

  /** Actions show on the person's home when they fall due within this many days, or are overdue. */
  static final int DAYS_AHEAD = 7;

  private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

  private final CarePlans plans;
  private final PlanSummaries summaries;
  private final TemplateEngine templates;

  PlanOnRecord(CarePlans plans, PlanSummaries summaries, TemplateEngine templates) {
    this.plans = plans;
    this.summaries = summaries;
    this.templates = templates;
  }

  @Override
  public int order() {
    return CARE_ORDER;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    Map<String, Object> params = Map.of("summary", summaries.of(access));
    return Optional.of(output -> templates.render("plan/parts/recordSection.jte", params, output));
  }

  @Override
  public Optional<Content> forPersonHome(RecordAccess access) {
    Map<String, Object> params = Map.of("plan", glance(access, LocalDate.now(UK_TIME)));
    return Optional.of(output -> templates.render("plan/parts/homeSection.jte", params, output));
  }

  private PlanOnHome glance(RecordAccess access, LocalDate today) {
    CarePlan plan = plans.plan(access);
    List<PlanOnHome.Goal> goals =
        plan.goals().stream()
            .sorted(Comparator.comparing((Goal goal) -> !goal.status().isOpen()))
            .map(goal -> new PlanOnHome.Goal(goal.title(), goal.status().label(), colour(goal)))
            .toList();
    List<PlanOnHome.Action> due =
        plans.actionsDue(access, today.plusDays(DAYS_AHEAD + 1)).stream()
            .filter(ActionDue::isForThePerson)
            .map(
                action ->
                    new PlanOnHome.Action(
                        action.what(),
                        CareDates.date(action.dueDate()),
                        action.dueDate().isBefore(today),
                        action.href()))
            .toList();
    return new PlanOnHome("/people/" + access.person() + "/plan", goals, due);
  }

  private static String colour(Goal goal) {
    return goal.status() == GoalStatus.NOT_STARTED ? "white" : goal.status().tagColour();
  }
}
