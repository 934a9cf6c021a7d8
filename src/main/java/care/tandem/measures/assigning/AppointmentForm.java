package care.tandem.measures.assigning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The next appointment date, as posted, with the version of the request it started from. Checked
 * with the same date rules and messages as asking for a questionnaire.
 */
public record AppointmentForm(
    @Nullable String dateDay,
    @Nullable String dateMonth,
    @Nullable String dateYear,
    @Nullable String version) {

  static AppointmentForm blank(int version) {
    return new AppointmentForm(null, null, null, Integer.toString(version));
  }

  /** The appointment date, or null with the problem to show. */
  @Nullable LocalDate date() {
    return AssignForm.date(dateDay, dateMonth, dateYear);
  }

  @Nullable String problem(LocalDate today) {
    return AssignForm.dateProblem(date(), today, "Enter the date of the appointment");
  }
}
