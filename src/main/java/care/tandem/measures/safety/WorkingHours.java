package care.tandem.measures.safety;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working time for escalation: Monday to Friday, 9am to 5pm, UK time. An alert raised on Friday
 * afternoon must not escalate on Saturday, when nobody is there to act on it. Bank holidays are not
 * known yet, so they count as working days (see docs/clinical-safety/hazard-log.md, H4).
 */
final class WorkingHours {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final LocalTime START = LocalTime.of(9, 0);
  private static final LocalTime END = LocalTime.of(17, 0);

  private WorkingHours() {}

  /** The instant when {@code amount} of working time has passed since {@code from}. */
  static Instant add(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Working time to add must not be negative");
    }
    ZonedDateTime at = nextWorkingMoment(from.atZone(UK));
    Duration left = amount;
    while (true) {
      ZonedDateTime endOfDay = at.with(END);
      Duration today = Duration.between(at, endOfDay);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = nextWorkingMoment(endOfDay.plusDays(1).with(START));
    }
  }

  /** The instant itself if it is in working hours, else the start of the next working day. */
  private static ZonedDateTime nextWorkingMoment(ZonedDateTime at) {
    ZonedDateTime moment = at;
    if (!moment.toLocalTime().isBefore(END)) {
      moment = moment.plusDays(1).with(START);
    } else if (moment.toLocalTime().isBefore(START)) {
      moment = moment.with(START);
    }
    while (isWeekend(moment.getDayOfWeek())) {
      moment = moment.plusDays(1).with(START);
    }
    return moment;
  }

  private static boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
