package care.tandem.measures.assigning;

import care.tandem.system.form.DateInput;
import care.tandem.system.form.FormView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Asking for a questionnaire, as posted. Checked here rather than with Bean Validation because the
 * rules depend on each other (how often decides which date is asked for).
 */
public record AssignForm(
    @Nullable String instrument,
    @Nullable String schedule,
    @Nullable String everyWeeks,
    @Nullable String dateDay,
    @Nullable String dateMonth,
    @Nullable String dateYear,
    @Nullable String idempotencyKey) {

  static AssignForm blank() {
    return new AssignForm(null, null, null, null, null, null, UUID.randomUUID().toString());
  }

  /** The assignment asked for, or the problems with the form, one per field, in page order. */
  Checked check(Set<String> instruments, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (instrument == null || !instruments.contains(instrument)) {
      problems.put("instrument", "Select a questionnaire");
    }
    Optional<Schedule> how = Schedule.ofCode(schedule == null ? "" : schedule);
    if (how.isEmpty()) {
      problems.put("schedule", "Select how often to ask");
    }
    Integer weeks = null;
    if (how.orElse(null) == Schedule.REPEATING) {
      try {
        weeks = Integer.parseInt(everyWeeks == null ? "" : everyWeeks.strip());
      } catch (NumberFormatException e) {
        weeks = null;
      }
      if (weeks == null || weeks < 1 || weeks > 52) {
        problems.put("everyWeeks", "Enter how many weeks apart, from 1 to 52");
        weeks = null;
      }
    }
    LocalDate date = date(dateDay, dateMonth, dateYear);
    String dateProblem =
        dateProblem(
            date,
            today,
            how.orElse(null) == Schedule.BEFORE_APPOINTMENT
                ? "Enter the date of the appointment"
                : "Enter the date it is due");
    if (dateProblem != null) {
      problems.put("dateDay", dateProblem);
    }
    if (!problems.isEmpty()) {
      FormView view = FormView.of(this);
      for (var problem : problems.entrySet()) {
        view = view.withError(problem.getKey(), problem.getValue());
      }
      return new Checked(null, view, dateProblem);
    }
    return new Checked(
        new NewAssignment(instrument, how.orElseThrow(), date, weeks), FormView.of(this), null);
  }

  Optional<UUID> key() {
    try {
      return Optional.of(UUID.fromString(idempotencyKey == null ? "" : idempotencyKey.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What is wrong with a date typed in, if anything: the same rules wherever a date is asked. */
  static @Nullable String dateProblem(
      @Nullable LocalDate date, LocalDate today, String whenMissing) {
    if (date == null) {
      return whenMissing;
    } else if (date.isBefore(today)) {
      return "The date must be today or in the future";
    } else if (date.isAfter(today.plusYears(2))) {
      return "The date must be within 2 years";
    }
    return null;
  }

  /**
   * The date typed in the day, month and year boxes, read by the shared {@link DateInput}; null if
   * it is blank, has a part missing or is not a real date. Each of those is shown with the one
   * message that asks for the date, as {@link #dateProblem} words it.
   */
  static @Nullable LocalDate date(
      @Nullable String dateDay, @Nullable String dateMonth, @Nullable String dateYear) {
    return new DateInput(dateDay, dateMonth, dateYear)
        .read("date", DateInput.Wording.of("Date"))
        .date();
  }

  /** The outcome of checking: an assignment, or a form to show again with its errors. */
  record Checked(@Nullable NewAssignment value, FormView form, @Nullable String dateError) {}
}
