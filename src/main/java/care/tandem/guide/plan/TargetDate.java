package care.tandem.guide.plan;

import care.tandem.system.form.DateInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target date from its day, month and year boxes ({@link DateInput}). Leaving all three
 * empty means no date.
 */
record TargetDate(@Nullable LocalDate date, @Nullable String field, @Nullable String error) {

  static final String DAY = "targetDateDay";
  static final String MONTH = "targetDateMonth";
  static final String YEAR = "targetDateYear";
  private static final int YEARS_AHEAD = 10;

  static TargetDate read(PlanItemForm form, LocalDate today) {
    DateInput.Reading typed =
        new DateInput(form.targetDateDay(), form.targetDateMonth(), form.targetDateYear())
            .read("targetDate", DateInput.Wording.of("Target date"));
    LocalDate date = typed.date();
    if (date == null) {
      return new TargetDate(null, typed.field(), typed.error());
    }
    if (!date.isAfter(today)) {
      return invalid(DAY, "Enter a date in the future");
    }
    if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
      return invalid(DAY, "Target date must be within the next " + YEARS_AHEAD + " years");
    }
    return new TargetDate(date, null, null);
  }

  boolean isValid() {
    return error == null;
  }

  /** An error about the date as a whole (not one missing box), which marks all three boxes. */
  @Nullable String wholeDateError() {
    return DAY.equals(field) && error != null && !error.contains("include") ? error : null;
  }

  private static TargetDate invalid(String field, String error) {
    return new TargetDate(null, field, error);
  }
}
