package care.tandem.audit.web;

import care.tandem.system.form.DateInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One date of the search range, typed as day, month and year boxes and read by {@link DateInput}:
 * all blank means no date. {@code errorField} is the box the error summary links to; {@code
 * wholeDate} marks every box.
 */
record SearchDate(
    @Nullable LocalDate date,
    @Nullable String error,
    @Nullable String errorField,
    boolean wholeDate) {

  static SearchDate read(
      String label,
      String prefix,
      @Nullable String day,
      @Nullable String month,
      @Nullable String year) {
    DateInput.Reading typed =
        new DateInput(day, month, year)
            .read(
                prefix,
                DateInput.Wording.of(label).yearError(label + " must have a year with 4 numbers"));
    return new SearchDate(typed.date(), typed.error(), typed.field(), typed.wholeDate());
  }

  static SearchDate afterStart(String message, String prefix) {
    return new SearchDate(null, message, prefix + "Day", true);
  }

  boolean hasError() {
    return error != null;
  }
}
