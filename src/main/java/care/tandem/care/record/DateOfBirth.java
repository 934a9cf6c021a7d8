package care.tandem.care.record;

import care.tandem.system.form.DateInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date of birth from its day, month and year boxes ({@link DateInput}). It must be a real
 * date, in the past, and within the last {@value #OLDEST} years.
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
    DateInput.Reading typed =
        new DateInput(dayText, monthText, yearText)
            .read(
                "dateOfBirth",
                DateInput.Wording.of("Date of birth")
                    .required("Enter date of birth")
                    .namingFirstMissingPart());
    LocalDate date = typed.date();
    if (date == null) {
      return new DateOfBirth(null, typed.field(), typed.error());
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
}
