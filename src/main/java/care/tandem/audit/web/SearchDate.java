package care.tandem.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One date of the search range, typed as day, month and year boxes, read the way the NHS date input
 * pattern asks: all blank means no date; otherwise say which part is missing or that the date is
 * not real. {@code errorField} is the box the error summary links to; {@code wholeDate} marks every
 * box.
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
    String d = AuditSearchForm.blankToNull(day);
    String m = AuditSearchForm.blankToNull(month);
    String y = AuditSearchForm.blankToNull(year);
    if (d == null && m == null && y == null) {
      return new SearchDate(null, null, null, false);
    }
    List<String> missing = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    if (d == null) {
      missing.add("day");
      fields.add(prefix + "Day");
    }
    if (m == null) {
      missing.add("month");
      fields.add(prefix + "Month");
    }
    if (y == null) {
      missing.add("year");
      fields.add(prefix + "Year");
    }
    if (!missing.isEmpty()) {
      String message = label + " must include a " + String.join(" and ", missing);
      return new SearchDate(null, message, fields.get(0), false);
    }
    if (!y.matches("[0-9]{4}")) {
      return new SearchDate(
          null, label + " must have a year with 4 numbers", prefix + "Year", false);
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}")) {
      return notReal(label, prefix);
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return new SearchDate(date, null, null, false);
    } catch (DateTimeException e) {
      return notReal(label, prefix);
    }
  }

  private static SearchDate notReal(String label, String prefix) {
    return new SearchDate(null, label + " must be a real date", prefix + "Day", true);
  }

  static SearchDate afterStart(String message, String prefix) {
    return new SearchDate(null, message, prefix + "Day", true);
  }

  boolean hasError() {
    return error != null;
  }
}
