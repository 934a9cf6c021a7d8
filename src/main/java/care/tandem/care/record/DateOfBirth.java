package care.tandem.care.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date of birth from its day, month and year boxes, with the NHS date input's messages. It
 * must be a real date, in the past, and within the last {@value #OLDEST} years.
 */
record DateOfBirth(@Nullable LocalDate date, @Nullable String field, @Nullable String error) {

  static final String DAY = "dateOfBirthDay";
  static final String MONTH = "dateOfBirthMonth";
  static final String YEAR = "dateOfBirthYear";
  static final int OLDEST = 130;

  static DateOfBirth read(
      @Nullable String dayText,
      @Nullable String monthText,
      @Nullable String yearText,
      LocalDate today) {
    String day = clean(dayText);
    String month = clean(monthText);
    String year = clean(yearText);
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return invalid(DAY, "Enter date of birth");
    }
    if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
      String missing = day.isEmpty() ? "day" : month.isEmpty() ? "month" : "year";
      String field = day.isEmpty() ? DAY : month.isEmpty() ? MONTH : YEAR;
      return invalid(field, "Date of birth must include a " + missing);
    }
    if (!year.matches("\\d{4}")) {
      return invalid(YEAR, "Year must include 4 numbers");
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(year), number(month), number(day));
    } catch (DateTimeException | NumberFormatException e) {
      return invalid(DAY, "Date of birth must be a real date");
    }
    if (!date.isBefore(today)) {
      return invalid(DAY, "Date of birth must be in the past");
    }
    if (date.isBefore(today.minusYears(OLDEST))) {
      return invalid(DAY, "Date of birth must be within the last " + OLDEST + " years");
    }
    return new DateOfBirth(date, null, null);
  }

  boolean isValid() {
    return error == null;
  }

  /** An error about the date as a whole, which marks all three boxes. */
  @Nullable String wholeDateError() {
    return DAY.equals(field) && error != null && !error.contains("include") ? error : null;
  }

  private static DateOfBirth invalid(String field, String error) {
    return new DateOfBirth(null, field, error);
  }

  private static int number(String text) {
    if (!text.matches("\\d{1,2}")) {
      throw new NumberFormatException(text);
    }
    return Integer.parseInt(text);
  }

  private static String clean(@Nullable String text) {
    return text == null ? "" : text.strip();
  }
}
