package care.tandem.plan;

import care.tandem.care.RecordAccess;
import gg.jte.Content;
import java.util.Optional;

/**
 * A part of the care plan page that another module adds, such as the services the person was
 * signposted to. Each module renders its own section; the plan page shows them after its own
 * sections, lowest {@link #order} first.
 */
public interface AddedPlanSection {

  /** Where the section sits: lower first. */
  int order();

  /**
   * The section for this person's plan page, or empty when there is nothing to show.
   *
   * @param access the viewer's access to the record (already checked and audited)
   */
  Optional<Content> forPlan(RecordAccess access);
}
