package care.tandem.system.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A date typed in the NHS.UK date input's day, month and year boxes, read once for every form: all
 * blank is no date (or an error when the date is needed), a missing part is named, the year needs 4
 * numbers and the date must be real. What range of dates a form accepts is the form's own rule.
 */
public record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {

  /**
   * How a form words its date's messages.
   *
   * @param label the date's name starting a sentence: "Review date", "Date of birth"
   * @param whenEmpty the error when all three boxes are blank; null when the date is optional
   * @param yearError the error when the year is not 4 numbers
   * @param namesEveryMissingPart "must include a day and month" rather than "must include a day"
   */
  public record Wording(
      String label, @Nullable String whenEmpty, String yearError, boolean namesEveryMissingPart) {

    /** An optional date with the NHS.UK date input's messages. */
    public static Wording of(String label) {
      return new Wording(label, null, "Year must include 4 numbers", true);
    }

    public Wording required(String whenEmpty) {
      return new Wording(label, whenEmpty, yearError, namesEveryMissingPart);
    }

    public Wording yearError(String message) {
      return new Wording(label, whenEmpty, message, namesEveryMissingPart);
    }

    public Wording namingFirstMissingPart() {
      return new Wording(label, whenEmpty, yearError, false);
    }
  }

  /**
   * What was typed, read: a date, no date, or an error.
   *
   * @param field the box the error summary links to (the day box for the date as a whole)
   * @param wholeDate whether the error is about the whole date, which marks all three boxes
   */
  public record Reading(
      @Nullable LocalDate date, @Nullable String error, @Nullable String field, boolean wholeDate) {

    public static Reading of(@Nullable LocalDate date) {
      return new Reading(date, null, null, false);
    }

    /** An error about the date as a whole, such as one out of the form's range. */
    public static Reading wholeDateError(String message, String prefix) {
      return new Reading(null, message, prefix + "Day", true);
    }

    public boolean isValid() {
      return error == null;
    }
  }

  /**
   * @param prefix the boxes' field names without Day, Month and Year: "reviewDate"
   */
  public Reading read(String prefix, Wording wording) {
    String d = clean(day);
    String m = clean(month);
    String y = clean(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return wording.whenEmpty() == null
          ? Reading.of(null)
          : Reading.wholeDateError(wording.whenEmpty(), prefix);
    }
    List<String> missing = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    if (d.isEmpty()) {
      missing.add("day");
      fields.add(prefix + "Day");
    }
    if (m.isEmpty()) {
      missing.add("month");
      fields.add(prefix + "Month");
    }
    if (y.isEmpty()) {
      missing.add("year");
      fields.add(prefix + "Year");
    }
    if (!missing.isEmpty()) {
      String parts =
          wording.namesEveryMissingPart() ? String.join(" and ", missing) : missing.get(0);
      return new Reading(null, wording.label() + " must include a " + parts, fields.get(0), false);
    }
    if (!y.matches("[0-9]{4}")) {
      return new Reading(null, wording.yearError(), prefix + "Year", false);
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}")) {
      return Reading.wholeDateError(wording.label() + " must be a real date", prefix);
    }
    try {
      return Reading.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException notReal) {
      return Reading.wholeDateError(wording.label() + " must be a real date", prefix);
    }
  }

  private static String clean(@Nullable String text) {
    return text == null ? "" : text.strip();
  }
}
