package care.tandem.plan;

import care.tandem.system.form.DateInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a review or due date from its day, month and year boxes ({@link DateInput}). A new date
 * must be in the future and within {@value #YEARS_AHEAD} years; a date left as it was saved is
 * accepted as it is, so a goal whose review has passed can still be changed.
 *
 * @param field the box the error is about (the day box for the date as a whole)
 * @param wholeDate whether the error is about the whole date, which marks all three boxes
 */
record PlanDate(
    @Nullable LocalDate date, @Nullable String field, @Nullable String error, boolean wholeDate) {

  static final int YEARS_AHEAD = 2;

  /**
   * @param name the date's name in messages: "review date"
   * @param prefix the boxes' field names without Day, Month, Year: "reviewDate"
   */
  static PlanDate read(
      String name,
      String prefix,
      @Nullable String dayText,
      @Nullable String monthText,
      @Nullable String yearText,
      @Nullable LocalDate saved,
      LocalDate today) {
    String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    DateInput.Reading typed =
        new DateInput(dayText, monthText, yearText)
            .read(prefix, DateInput.Wording.of(capital).required("Enter a " + name));
    LocalDate date = typed.date();
    if (date == null) {
      return new PlanDate(null, typed.field(), typed.error(), typed.wholeDate());
    }
    if (date.equals(saved)) {
      return new PlanDate(date, null, null, false);
    }
    if (!date.isAfter(today)) {
      return new PlanDate(null, prefix + "Day", "Enter a " + name + " in the future", true);
    }
    if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
      return new PlanDate(
          null, prefix + "Day", capital + " must be within " + YEARS_AHEAD + " years", true);
    }
    return new PlanDate(date, null, null, false);
  }

  boolean isValid() {
    return error == null;
  }

  /** The error for the date input as a whole, if the error is about the whole date. */
  @Nullable String wholeDateError() {
    return wholeDate ? error : null;
  }
}
