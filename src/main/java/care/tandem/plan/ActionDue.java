package care.tandem.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action not yet done, with its due date, for home pages.
 *
 * @param assignee the team member who will do it, or null when the person will
 */
public record ActionDue(
    UUID person,
    UUID action,
    PlanSection section,
    String what,
    @Nullable UUID assignee,
    LocalDate dueDate) {

  public boolean isForThePerson() {
    return assignee == null;
  }

  /** The action's place on the plan page. */
  public String href() {
    return "/people/" + person + "/plan#" + section.slug();
  }
}
