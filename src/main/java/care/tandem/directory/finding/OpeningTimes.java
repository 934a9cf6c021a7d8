package care.tandem.directory.finding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Opening times from HSDS schedules (iCal style: WEEKLY with byday MO,TU...) in plain words:
 * "Tuesdays 10am to 12pm", "Monday to Friday 9am to 5pm", "First Monday of the month 6pm to 8pm". A
 * schedule we cannot put in words keeps its own description.
 */
public final class OpeningTimes {

  private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth");

  private OpeningTimes() {}

  /** One schedule row as stored. */
  public record Opening(
      @Nullable String freq,
      @Nullable String byday,
      @Nullable LocalTime opensAt,
      @Nullable LocalTime closesAt,
      @Nullable String description) {}

  public static List<String> inWords(List<Opening> openings) {
    List<String> words = new ArrayList<>();
    for (Opening opening : openings) {
      String line = inWords(opening);
      if (line != null && !line.isBlank() && !words.contains(line)) {
        words.add(line);
      }
    }
    return words;
  }

  static @Nullable String inWords(Opening opening) {
    String days = days(opening);
    if (days == null) {
      return opening.description();
    }
    String times = times(opening.opensAt(), opening.closesAt());
    return times.isEmpty() ? days : days + " " + times;
  }

  private static @Nullable String days(Opening opening) {
    String byday = opening.byday();
    if (byday == null || byday.isBlank()) {
      return null;
    }
    if ("MONTHLY".equals(opening.freq())) {
      List<String> monthly = new ArrayList<>();
      for (String code : byday.split(",")) {
        String day = code.replaceAll("[^A-Z]", "");
        String ordinal = code.replaceAll("[A-Z]", "");
        if (!CODES.contains(day)) {
          return null;
        }
        String which =
            ordinal.equals("-1")
                ? "Last"
                : ordinal.matches("\\+?[1-4]")
                    ? ORDINALS.get(Integer.parseInt(ordinal.replace("+", "")) - 1)
                    : "Every";
        monthly.add(which + " " + name(CODES.indexOf(day)));
      }
      return join(monthly) + " of the month";
    }
    TreeSet<Integer> days = new TreeSet<>();
    for (String code : byday.split(",")) {
      int index = CODES.indexOf(code.replaceAll("[^A-Z]", ""));
      if (index < 0) {
        return null;
      }
      days.add(index);
    }
    if (days.size() == 7) {
      return "Every day";
    }
    if (days.size() >= 3 && days.last() - days.first() == days.size() - 1) {
      return name(days.first()) + " to " + name(days.last());
    }
    List<String> names = new ArrayList<>();
    days.forEach(day -> names.add(name(day) + "s"));
    return join(names);
  }

  static String times(@Nullable LocalTime opens, @Nullable LocalTime closes) {
    if (opens == null && closes == null) {
      return "";
    }
    if (closes == null) {
      return "from " + time(opens);
    }
    if (opens == null) {
      return "until " + time(closes);
    }
    return time(opens) + " to " + time(closes);
  }

  /** 10am, 12pm, 5:30pm. */
  static String time(LocalTime time) {
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
    return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
  }

  private static String name(int index) {
    return DayOfWeek.of(index + 1).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
