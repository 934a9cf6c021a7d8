package care.tandem.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a review or due date from its day, month and year boxes, with the NHS date input's
 * messages. A new date must be in the future and within {@value #YEARS_AHEAD} years; a date left as
 * it was saved is accepted as it is, so a goal whose review has passed can still be changed.
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
    String day = clean(dayText);
    String month = clean(monthText);
    String year = clean(yearText);
    String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return new PlanDate(null, prefix + "Day", "Enter a " + name, true);
    }
    if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
      String field = prefix + (day.isEmpty() ? "Day" : month.isEmpty() ? "Month" : "Year");
      return new PlanDate(
          null, field, capital + " must include a " + missing(day, month, year), false);
    }
    if (!year.matches("\\d{4}")) {
      return new PlanDate(null, prefix + "Year", "Year must include 4 numbers", false);
    }
    LocalDate date;
    try {
      date = LocalDate.of(number(year), number(month), number(day));
    } catch (DateTimeException | NumberFormatException e) {
      return new PlanDate(null, prefix + "Day", capital + " must be a real date", true);
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
