package care.tandem.guide.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target date from its day, month and year boxes, with the NHS date input's messages.
 * Leaving all three empty means no date.
 */
record TargetDate(@Nullable LocalDate date, @Nullable String field, @Nullable String error) {

  static final String DAY = "targetDateDay";
  static final String MONTH = "targetDateMonth";
  static final String YEAR = "targetDateYear";
  private static final int YEARS_AHEAD = 10;

  static TargetDate read(PlanItemForm form, LocalDate today) {
    String day = clean(form.targetDateDay());
    String month = clean(form.targetDateMonth());
    String year = clean(form.targetDateYear());
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return new TargetDate(null, null, null);
    }
    if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
      String field = day.isEmpty() ? DAY : month.isEmpty() ? MONTH : YEAR;
      return invalid(field, "Target date must include a " + missing(day, month, year));
    }
    if (!year.matches("\\d{4}")) {
      return invalid(YEAR, "Year must include 4 numbers");
    }
    LocalDate date;
    try {
      date = LocalDate.of(number(year), number(month), number(day));
    } catch (DateTimeException | NumberFormatException e) {
      return invalid(DAY, "Target date must be a real date");
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

  private static String missing(String day, String month, String year) {
    StringBuilder parts = new StringBuilder();
    if (day.isEmpty()) {
      parts.append("day");
    }
    if (month.isEmpty()) {
      parts.append(parts.isEmpty() ? "month" : " and month");
    }
    if (year.isEmpty()) {
      parts.append(parts.isEmpty() ? "year" : " and year");
    }
    return parts.toString();
  }

  private static int number(String text) {
    if (!text.matches("\\d{1,2}|\\d{4}")) {
      throw new NumberFormatException(text);
    }
    return Integer.parseInt(text);
  }

  private static String clean(@Nullable String text) {
    return text == null ? "" : text.strip();
  }
}
