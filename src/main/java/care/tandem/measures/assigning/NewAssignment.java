package care.tandem.measures.assigning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a team member asks for, already checked.
 *
 * @param date the due date (once), the first due date (repeating) or the appointment date
 * @param everyWeeks how many weeks apart, for a repeating one only
 */
public record NewAssignment(
    String instrument, Schedule schedule, LocalDate date, @Nullable Integer everyWeeks) {}
