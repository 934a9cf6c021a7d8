package care.tandem.plan.record;

import java.util.List;

/**
 * The person's plan in brief, for their home page: goals with their status, and open actions for
 * the person due soon or overdue.
 */
public record PlanOnHome(String planHref, List<Goal> goals, List<Action> actionsDue) {

  /**
   * @param colour the NHS.UK tag colour for the status
   */
  public record Goal(String title, String status, String colour) {}

  /**
   * @param due the due date in words
   * @param href the action on the plan page
   */
  public record Action(String title, String due, boolean overdue, String href) {}
}
