package care.tandem.care.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people read them, in UK time: "12 March 1984", "3 May 2026 at 2:05pm". */
public final class CareDates {

  public static final ZoneId UK_TIME = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private CareDates() {}

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  public static String date(Instant instant) {
    return DATE.format(instant.atZone(UK_TIME));
  }

  public static String time(Instant instant) {
    return TIME.format(instant.atZone(UK_TIME)).replace("AM", "am").replace("PM", "pm");
  }

  public static String dateAndTime(Instant instant) {
    return date(instant) + " at " + time(instant);
  }

  public static LocalDate today() {
    return LocalDate.now(UK_TIME);
  }
}
