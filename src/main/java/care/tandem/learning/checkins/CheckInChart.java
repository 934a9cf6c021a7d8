package care.tandem.learning.checkins;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Pain and mood over the last 12 weeks, ready to draw as an inline SVG
 * (learning/checkins/chart.jte): no JavaScript and no image request. Pain is a dashed line with
 * square points and mood a solid line with round ones, so the two differ without colour. The
 * coordinates are worked out here; the markup is a template, which escapes every word.
 *
 * @param pain the pain line's points, empty with fewer than two check-ins
 * @param mood the mood line's points, likewise
 */
public record CheckInChart(
    String description,
    List<Tick> ticks,
    String firstDate,
    String lastDate,
    String pain,
    String mood,
    List<Dot> painDots,
    List<Dot> moodDots) {

  public static final int WIDTH = 400;
  public static final int HEIGHT = 250;
  public static final int LEFT = 44;
  public static final int RIGHT = 392;
  public static final int TOP = 32;
  public static final int BOTTOM = 212;
  public static final int MIDDLE_Y = (TOP + BOTTOM) / 2;

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  /** One check-in's scores on its day. */
  record Point(LocalDate date, int pain, int mood) {}

  /** A score marked on the vertical axis. */
  public record Tick(String y, int value) {}

  /** One score as a point. */
  public record Dot(String x, String y) {}

  /**
   * The chart of these check-ins from {@code first} to {@code last}.
   *
   * @param points the check-ins, oldest first
   */
  static CheckInChart of(LocalDate first, LocalDate last, List<Point> points) {
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    List<Dot> pain =
        points.stream().map(p -> new Dot(x(first, days, p.date()), y(p.pain()))).toList();
    List<Dot> mood =
        points.stream().map(p -> new Dot(x(first, days, p.date()), y(p.mood()))).toList();
    List<Tick> ticks =
        IntStream.rangeClosed(0, 5).map(i -> i * 2).mapToObj(v -> new Tick(y(v), v)).toList();
    String description =
        points.isEmpty()
            ? "No check-ins in the last 12 weeks."
            : points.size()
                + (points.size() == 1 ? " check-in" : " check-ins")
                + " from "
                + SHORT.format(points.get(0).date())
                + " to "
                + SHORT.format(points.get(points.size() - 1).date())
                + ". Latest pain "
                + points.get(points.size() - 1).pain()
                + " and mood "
                + points.get(points.size() - 1).mood()
                + " out of 10. Every score is in the table below.";
    return new CheckInChart(
        description,
        ticks,
        SHORT.format(first),
        SHORT.format(last),
        line(pain),
        line(mood),
        pain,
        mood);
  }

  private static String line(List<Dot> dots) {
    return dots.size() < 2
        ? ""
        : String.join(" ", dots.stream().map(dot -> dot.x() + "," + dot.y()).toList());
  }

  private static String x(LocalDate first, long days, LocalDate date) {
    long day = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(first, date)));
    return number(LEFT + (double) (RIGHT - LEFT) * day / days);
  }

  private static String y(int score) {
    return number(BOTTOM - (double) (BOTTOM - TOP) * score / 10);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
