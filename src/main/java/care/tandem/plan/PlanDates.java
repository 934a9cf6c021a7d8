package care.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times in UK time as people read them: "3 March 2026 at 2:15pm". */
final class PlanDates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private PlanDates() {}

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String dateAndTime(Instant instant) {
    var local = instant.atZone(CarePlans.LONDON);
    return DATE.format(local) + " at " + TIME.format(local).replace("AM", "am").replace("PM", "pm");
  }

  static LocalDate today() {
    return LocalDate.now(CarePlans.LONDON);
  }
}
