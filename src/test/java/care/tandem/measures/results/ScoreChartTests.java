package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.measures.Instrument;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ScoreChartTests {

  static final Instrument MOOD = MadeUpInstrument.MOOD;

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  /** The chart as the results page draws it. */
  static String svg(String id, Instrument instrument, List<ScoreChart.Point> points) {
    StringOutput output = new StringOutput();
    TEMPLATES.render(
        "measures/parts/score-chart.jte", ScoreChart.of(id, instrument, points), output);
    return output.toString();
  }

  static Document parse(String svg) {
    return Jsoup.parse(svg, "", Parser.xmlParser());
  }

  static List<ScoreChart.Point> points(String... dateAndTotal) {
    List<ScoreChart.Point> points = new ArrayList<>();
    for (String one : dateAndTotal) {
      String[] parts = one.split("=");
      points.add(new ScoreChart.Point(LocalDate.parse(parts[0]), Integer.parseInt(parts[1])));
    }
    return points;
  }

  @Test
  void namesItselfForScreenReadersWithTitleAndDescription() {
    Document svg = parse(svg("chart-1", MOOD, points("2026-03-03=8", "2026-06-02=3")));
    Element root = svg.selectFirst("svg");

    assertThat(root.attr("role")).isEqualTo("img");
    assertThat(root.attr("aria-labelledby")).isEqualTo("chart-1-title chart-1-desc");
    assertThat(root.attr("width")).isEqualTo("100%");
    assertThat(root.attr("viewBox")).isEqualTo("0 0 400 260");
    assertThat(svg.selectFirst("title#chart-1-title").text())
        .isEqualTo("TEST-3 scores from 3 March to 2 June 2026: from 8 to 3");
    assertThat(svg.selectFirst("desc#chart-1-desc").text())
        .contains("None (0 to 2)", "Moderate (5 to 6) and Severe <&> (7 to 9)", "cut-off at 5");
  }

  @Test
  void usesPresentationAttributesNeverInlineStyles() {
    String svg = svg("c", MOOD, points("2026-03-03=8", "2026-06-02=3"));

    assertThat(svg).doesNotContain("style=").doesNotContain("<script");
    assertThat(parse(svg).select("[fill]")).isNotEmpty();
  }

  @Test
  void escapesEveryWordFromTheInstrument() {
    String svg = svg("c\"><script>", MOOD, points("2026-03-03=8"));

    assertThat(svg).contains("Severe &lt;&amp;&gt;").doesNotContain("Severe <&>");
    assertThat(svg).doesNotContain("<script").contains("aria-labelledby=\"c---script--title");
  }

  @Test
  void drawsOnePointInTheMiddleWithNoLine() {
    Document svg = parse(svg("c", MOOD, points("2026-03-03=4")));

    assertThat(svg.select("circle")).hasSize(1);
    assertThat(svg.select("polyline")).isEmpty();
    assertThat(svg.selectFirst("circle").attr("cx")).isEqualTo("218.0");
    assertThat(svg.selectFirst("title").text()).isEqualTo("TEST-3 score on 3 March 2026: 4");
  }

  @Test
  void placesManyPointsByDateAndScore() {
    Document svg =
        parse(
            svg("c", MOOD, points("2026-01-01=9", "2026-01-11=0", "2026-01-21=5", "2026-02-20=2")));

    List<Element> dots = svg.select("circle");
    assertThat(dots).hasSize(4);
    assertThat(dots.stream().map(dot -> dot.attr("cx")))
        .containsExactly("60.0", "123.2", "186.4", "376.0");
    // 9 is the top of the range, 0 the bottom: half a point of room each side
    assertThat(dots.get(0).attr("cy")).isEqualTo("22.0");
    assertThat(dots.get(1).attr("cy")).isEqualTo("202.0");
    assertThat(svg.selectFirst("polyline").attr("points"))
        .isEqualTo("60.0,22.0 123.2,202.0 186.4,102.0 376.0,162.0");
  }

  @Test
  void spreadsResultsOnTheSameDayEvenly() {
    Document svg = parse(svg("c", MOOD, points("2026-01-01=1", "2026-01-01=2")));

    assertThat(svg.select("circle").eachAttr("cx")).containsExactly("60.0", "376.0");
  }

  @Test
  void shadesEachBandAsAStripeWithItsLabel() {
    Document svg = parse(svg("c", MOOD, points("2026-01-01=1")));

    assertThat(svg.select("rect")).hasSize(4);
    assertThat(svg.select("rect").eachAttr("fill"))
        .containsExactly("#f0f4f5", "#d8dde0", "#f0f4f5", "#d8dde0");
    // stripes meet with no gap: None covers 0 to 2, from -0.5 to 2.5
    Element none = svg.select("rect").get(0);
    assertThat(none.attr("y")).isEqualTo("152.0");
    assertThat(none.attr("height")).isEqualTo("60.0");
    assertThat(svg.select("text").eachText()).contains("None", "Some", "Moderate", "Severe <&>");
  }

  @Test
  void marksTheCutOffAsADashedLineBelowItsScore() {
    Document svg = parse(svg("c", MOOD, points("2026-01-01=1")));

    Element cutOff = svg.selectFirst("line.tandem-score-chart__cut-off");
    assertThat(cutOff.attr("stroke-dasharray")).isNotBlank();
    // between 4 and 5
    assertThat(cutOff.attr("y1")).isEqualTo("112.0");
  }

  @Test
  void labelsTheAxes() {
    Document svg = parse(svg("c", MOOD, points("2025-12-01=1", "2026-02-01=3")));

    assertThat(svg.select("text").eachText())
        .contains("Score", "Date", "1 Dec 2025", "1 Feb 2026", "0", "3", "5", "7", "9");
    assertThat(svg.selectFirst("title").text())
        .isEqualTo("TEST-3 scores from 1 December 2025 to 1 February 2026: from 1 to 3");
  }

  @Test
  void refusesToDrawNothing() {
    assertThatThrownBy(() -> svg("c", MOOD, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
