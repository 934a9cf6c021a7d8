package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One instrument's totals over time, ready to draw as an inline SVG
 * (measures/parts/score-chart.jte), so the chart needs no JavaScript and no image request: a line
 * with points over the instrument's bands as shaded stripes, the caseness cut-off as a dashed line,
 * and a title and description a screen reader reads out. The coordinates are worked out here; the
 * markup is a template, so that every word (instruments can come from a deployer's pack) is escaped
 * by the engine.
 *
 * @param id a unique id for the chart on the page (letters, digits and dashes)
 * @param cutOffY where the dashed cut-off line is drawn; null when the instrument has none
 * @param line the polyline's points; null for a single score
 */
public record ScoreChart(
    String id,
    String title,
    String description,
    List<Stripe> stripes,
    @Nullable String cutOffY,
    List<Tick> ticks,
    List<DateLabel> dates,
    @Nullable String line,
    List<Dot> dots) {

  public static final int WIDTH = 400;
  public static final int HEIGHT = 260;
  public static final int LEFT = 44;
  public static final int RIGHT = 392;
  public static final int TOP = 12;
  public static final int BOTTOM = 212;
  public static final int MIDDLE_X = (LEFT + RIGHT) / 2;
  public static final int MIDDLE_Y = (TOP + BOTTOM) / 2;

  private static final String[] STRIPES = {"#f0f4f5", "#d8dde0"};
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One total on one day. */
  record Point(LocalDate date, int total) {}

  /** One band as a shaded stripe, its label at the right. */
  public record Stripe(String y, String height, String fill, String labelY, String label) {}

  /** A score marked on the vertical axis. */
  public record Tick(String y, int value) {}

  /** A date under the horizontal axis, anchored at its start, middle or end. */
  public record DateLabel(String x, String anchor, String text) {}

  /** One score as a point. */
  public record Dot(String x, String y) {}

  /**
   * The chart of these totals.
   *
   * @param id a unique id for the chart on the page; anything but letters, digits and dashes is
   *     replaced
   * @param points the totals, oldest first; at least one
   */
  static ScoreChart of(String id, Instrument instrument, List<Point> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("A chart needs at least one score");
    }
    List<Dot> dots = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      dots.add(new Dot(number(x(points, i)), number(y(instrument, points.get(i).total()))));
    }
    Integer cutOff = instrument.casenessAt();
    return new ScoreChart(
        id.replaceAll("[^A-Za-z0-9-]", "-"),
        title(instrument, points),
        description(instrument),
        stripes(instrument),
        cutOff == null ? null : number(y(instrument, cutOff - 0.5)),
        ticks(instrument),
        dates(points),
        points.size() > 1
            ? String.join(" ", dots.stream().map(dot -> dot.x() + "," + dot.y()).toList())
            : null,
        List.copyOf(dots));
  }

  /** "PHQ-9 scores from 3 March to 2 June 2026: from 18 to 9". */
  static String title(Instrument instrument, List<Point> points) {
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    if (points.size() == 1) {
      return instrument.shortTitle()
          + " score on "
          + FULL.format(first.date())
          + ": "
          + first.total();
    }
    String from =
        first.date().getYear() == last.date().getYear()
            ? DAY_MONTH.format(first.date())
            : FULL.format(first.date());
    return instrument.shortTitle()
        + " scores from "
        + from
        + " to "
        + FULL.format(last.date())
        + ": from "
        + first.total()
        + " to "
        + last.total();
  }

  static String description(Instrument instrument) {
    StringBuilder words =
        new StringBuilder("Each score is a point, joined by a line. Shaded bands show ");
    List<Instrument.Band> bands = instrument.bands();
    for (int i = 0; i < bands.size(); i++) {
      Instrument.Band band = bands.get(i);
      words.append(i == 0 ? "" : i == bands.size() - 1 ? " and " : ", ");
      words.append(band.label()).append(" (").append(band.from()).append(" to ");
      words.append(band.to()).append(')');
    }
    words.append('.');
    if (instrument.casenessAt() != null) {
      words.append(" A dashed line marks the cut-off at ").append(instrument.casenessAt());
      words.append('.');
    }
    return words.append(" The table below gives the same scores.").toString();
  }

  private static List<Stripe> stripes(Instrument instrument) {
    List<Stripe> stripes = new ArrayList<>();
    List<Instrument.Band> bands = instrument.bands();
    for (int i = 0; i < bands.size(); i++) {
      Instrument.Band band = bands.get(i);
      double top = y(instrument, band.to() + 0.5);
      double bottom = y(instrument, band.from() - 0.5);
      stripes.add(
          new Stripe(
              number(top),
              number(bottom - top),
              STRIPES[i % 2],
              number((top + bottom) / 2 + 4),
              band.label()));
    }
    return List.copyOf(stripes);
  }

  private static List<Tick> ticks(Instrument instrument) {
    List<Tick> ticks = new ArrayList<>();
    for (Instrument.Band band : instrument.bands()) {
      ticks.add(new Tick(number(y(instrument, band.from())), band.from()));
    }
    ticks.add(new Tick(number(y(instrument, instrument.totalMax())), instrument.totalMax()));
    return List.copyOf(ticks);
  }

  private static List<DateLabel> dates(List<Point> points) {
    LocalDate first = points.get(0).date();
    LocalDate last = points.get(points.size() - 1).date();
    if (points.size() == 1 || first.equals(last)) {
      return List.of(new DateLabel(number((LEFT + RIGHT) / 2.0), "middle", dateText(first)));
    }
    return List.of(
        new DateLabel(number(LEFT), "start", dateText(first)),
        new DateLabel(number(RIGHT), "end", dateText(last)));
  }

  private static String dateText(LocalDate date) {
    return SHORT.format(date) + " " + date.getYear();
  }

  /** Across by date; several on one day, or one alone, spread evenly instead. */
  static double x(List<Point> points, int index) {
    double inset = 16;
    double left = LEFT + inset;
    double width = RIGHT - LEFT - 2 * inset;
    if (points.size() == 1) {
      return LEFT + (RIGHT - LEFT) / 2.0;
    }
    LocalDate first = points.get(0).date();
    long days = ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date());
    if (days == 0) {
      return left + width * index / (points.size() - 1);
    }
    return left + width * ChronoUnit.DAYS.between(first, points.get(index).date()) / days;
  }

  /** Up by score, within the instrument's range; half a point of room above and below. */
  static double y(Instrument instrument, double value) {
    double low = instrument.totalMin() - 0.5;
    double high = instrument.totalMax() + 0.5;
    double clamped = Math.max(low, Math.min(high, value));
    return BOTTOM - (BOTTOM - TOP) * (clamped - low) / (high - low);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
