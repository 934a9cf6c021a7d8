package care.tandem.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them, in UK time: "3 December 2026 at 2:05pm". */
final class When {

  private static final ZoneId UK_TIME = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private When() {}

  static String dateAndTime(Instant instant) {
    return DATE.format(instant.atZone(UK_TIME))
        + " at "
        + TIME.format(instant.atZone(UK_TIME)).replace("AM", "am").replace("PM", "pm");
  }

  /** For a {@code <time datetime>} attribute. */
  static String machine(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(UK_TIME));
  }
}
