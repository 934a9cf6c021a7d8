package care.tandem.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every shipped piece for people (audience people or both) reads at Flesch 60 or above: its body,
 * front matter stripped, rendered from Markdown and scored as the page gates score a page (the
 * project's scorer in care.tandem.readability, reached by reflection because it is package-private
 * there).
 */
class ShippedPiecesReadingEaseTest {

  private static final Path PIECES = Path.of("src/main/resources/learning/pieces");
  private static final double FLOOR = 60;
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---\\R(.*?)\\R---\\R(.*)\\z", Pattern.DOTALL);
  private static final Pattern AUDIENCE =
      Pattern.compile("^audience:\\s*(\\w+)", Pattern.MULTILINE);

  @Test
  void everyPieceForPeopleReadsAtSixtyOrAbove() throws Exception {
    List<String> scored = new ArrayList<>();
    List<String> tooHard = new ArrayList<>();
    for (Path file : pieces()) {
      String text = Files.readString(file);
      Matcher parts = FRONT_MATTER.matcher(text);
      assertThat(parts.matches()).as("%s has front matter", file.getFileName()).isTrue();
      Matcher audience = AUDIENCE.matcher(parts.group(1));
      assertThat(audience.find()).as("%s has an audience", file.getFileName()).isTrue();
      if (audience.group(1).equals("staff")) {
        continue;
      }
      double score = score(parts.group(2));
      String line = String.format(Locale.ROOT, "%s: %.1f", file.getFileName(), score);
      scored.add(line);
      if (score < FLOOR) {
        tooHard.add(line);
      }
    }
    System.out.println(
        "Reading ease of the shipped pieces for people:\n" + String.join("\n", scored));
    assertThat(scored).as("pieces for people found in %s", PIECES).isNotEmpty();
    assertThat(tooHard).as("pieces for people below reading ease %s", FLOOR).isEmpty();
  }

  @Test
  void theScorerTellsPlainWordsFromDenseOnes() throws Exception {
    assertThat(score("Pain and mood affect each other. Small steps can help."))
        .isGreaterThan(FLOOR);
    assertThat(
            score(
                "Multidisciplinary biopsychosocial formulation facilitates comprehensive"
                    + " interprofessional therapeutic engagement."))
        .isLessThan(FLOOR);
  }

  private static List<Path> pieces() throws IOException {
    try (Stream<Path> files = Files.list(PIECES)) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Renders the Markdown body and scores its blocks with the page gates' scorer. */
  static double score(String markdown) throws Exception {
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    Element main = Jsoup.parse("<main>" + html + "</main>").selectFirst("main");
    Class<?> mainText = Class.forName("care.tandem.readability.MainText");
    Method blocksOf = mainText.getDeclaredMethod("of", Element.class);
    blocksOf.setAccessible(true);
    Object blocks = blocksOf.invoke(null, main);
    Class<?> readingEase = Class.forName("care.tandem.readability.ReadingEase");
    Method easeOf = readingEase.getDeclaredMethod("of", List.class);
    easeOf.setAccessible(true);
    Object ease = easeOf.invoke(null, blocks);
    Method score = readingEase.getDeclaredMethod("score");
    score.setAccessible(true);
    return (double) score.invoke(ease);
  }
}
