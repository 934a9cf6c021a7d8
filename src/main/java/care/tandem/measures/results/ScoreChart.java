package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws one instrument's totals over time as an inline SVG, so the chart needs no JavaScript and no
 * image request: a line with points over the instrument's bands as shaded stripes, the caseness
 * cut-off as a dashed line, and a title and description a screen reader reads out. Colours are set
 * with SVG presentation attributes (the CSP allows no inline styles). Every word in it is escaped,
 * since instruments can come from a deployer's pack.
 */
final class ScoreChart {

  static final int WIDTH = 400;
  static final int HEIGHT = 260;
  static final int LEFT = 44;
  static final int RIGHT = 392;
  static final int TOP = 12;
  static final int BOTTOM = 212;

  private static final String[] STRIPES = {"#f0f4f5", "#d8dde0"};
  private static final String TEXT = "#212b32";
  private static final String AXIS = "#4c6272";
  private static final String LINE = "#005eb8";
  private static final String CUT_OFF = "#d5281b";
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One total on one day. */
  record Point(LocalDate date, int total) {}

  private ScoreChart() {}

  /**
   * The chart as SVG markup, ready to place in the page unescaped.
   *
   * @param id a unique id for the chart on the page (letters, digits and dashes)
   * @param points the totals, oldest first; at least one
   */
  static String svg(String id, Instrument instrument, List<Point> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("A chart needs at least one score");
    }
    String safeId = id.replaceAll("[^A-Za-z0-9-]", "-");
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tandem-score-chart\"")
        .append(" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" preserveAspectRatio=\"xMidYMid meet\" aria-labelledby=\"")
        .append(safeId)
        .append("-title ")
        .append(safeId)
        .append("-desc\">");
    svg.append("<title id=\"").append(safeId).append("-title\">");
    svg.append(escape(title(instrument, points))).append("</title>");
    svg.append("<desc id=\"").append(safeId).append("-desc\">");
    svg.append(escape(description(instrument))).append("</desc>");
    bands(svg, instrument);
    cutOff(svg, instrument);
    axes(svg, instrument, points);
    line(svg, instrument, points);
    return svg.append("</svg>").toString();
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

  private static void bands(StringBuilder svg, Instrument instrument) {
    List<Instrument.Band> bands = instrument.bands();
    for (int i = 0; i < bands.size(); i++) {
      Instrument.Band band = bands.get(i);
      double top = y(instrument, band.to() + 0.5);
      double bottom = y(instrument, band.from() - 0.5);
      svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(number(top));
      svg.append("\" width=\"").append(RIGHT - LEFT).append("\" height=\"");
      svg.append(number(bottom - top)).append("\" fill=\"").append(STRIPES[i % 2]).append("\"/>");
      svg.append("<text x=\"").append(RIGHT - 4).append("\" y=\"");
      svg.append(number((top + bottom) / 2 + 4)).append("\" text-anchor=\"end\" font-size=\"12\"");
      svg.append(" fill=\"").append(TEXT).append("\">").append(escape(band.label()));
      svg.append("</text>");
    }
  }

  private static void cutOff(StringBuilder svg, Instrument instrument) {
    Integer at = instrument.casenessAt();
    if (at == null) {
      return;
    }
    String y = number(y(instrument, at - 0.5));
    svg.append("<line class=\"tandem-score-chart__cut-off\" x1=\"").append(LEFT);
    svg.append("\" y1=\"").append(y).append("\" x2=\"").append(RIGHT).append("\" y2=\"");
    svg.append(y).append("\" stroke=\"").append(CUT_OFF);
    svg.append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
  }

  private static void axes(StringBuilder svg, Instrument instrument, List<Point> points) {
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"");
    svg.append(LEFT).append("\" y2=\"").append(BOTTOM).append("\" stroke=\"").append(AXIS);
    svg.append("\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM);
    svg.append("\" x2=\"").append(RIGHT).append("\" y2=\"").append(BOTTOM);
    svg.append("\" stroke=\"").append(AXIS).append("\"/>");
    for (Instrument.Band band : instrument.bands()) {
      tick(svg, instrument, band.from());
    }
    tick(svg, instrument, instrument.totalMax());
    svg.append("<text x=\"12\" y=\"").append((TOP + BOTTOM) / 2).append("\" font-size=\"12\"");
    svg.append(" text-anchor=\"middle\" fill=\"")
        .append(TEXT)
        .append("\" transform=\"rotate(-90 12 ");
    svg.append((TOP + BOTTOM) / 2).append(")\">Score</text>");
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    if (points.size() == 1 || first.date().equals(last.date())) {
      dateLabel(svg, (LEFT + RIGHT) / 2.0, "middle", first.date());
    } else {
      dateLabel(svg, LEFT, "start", first.date());
      dateLabel(svg, RIGHT, "end", last.date());
    }
    svg.append("<text x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"").append(HEIGHT - 6);
    svg.append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"").append(TEXT);
    svg.append("\">Date</text>");
  }

  private static void tick(StringBuilder svg, Instrument instrument, int value) {
    String y = number(y(instrument, value));
    svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y);
    svg.append("\" dy=\"4\" font-size=\"12\" text-anchor=\"end\" fill=\"").append(TEXT);
    svg.append("\">").append(value).append("</text>");
  }

  private static void dateLabel(StringBuilder svg, double x, String anchor, LocalDate date) {
    svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(BOTTOM + 18);
    svg.append("\" font-size=\"12\" text-anchor=\"").append(anchor).append("\" fill=\"");
    svg.append(TEXT).append("\">").append(escape(SHORT.format(date) + " " + date.getYear()));
    svg.append("</text>");
  }

  private static void line(StringBuilder svg, Instrument instrument, List<Point> points) {
    StringBuilder path = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      String x = number(x(points, i));
      String y = number(y(instrument, point.total()));
      path.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      dots.append("<circle class=\"tandem-score-chart__point\" cx=\"").append(x);
      dots.append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"").append(LINE);
      dots.append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
    }
    if (points.size() > 1) {
      svg.append("<polyline class=\"tandem-score-chart__line\" points=\"").append(path);
      svg.append("\" fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"3\"/>");
    }
    svg.append(dots);
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

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
