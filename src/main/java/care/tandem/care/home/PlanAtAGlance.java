package care.tandem.care.home;

import care.tandem.care.RecordAccess;
import java.time.LocalDate;

/**
 * The person's care plan in brief, for their home page: their goals and the actions due.
 * Implemented over the plan part's public queries; while there is none, the page links to the plan
 * instead.
 */
interface PlanAtAGlance {

  PersonHomeView.PlanGlance glance(RecordAccess access, LocalDate today);
}
