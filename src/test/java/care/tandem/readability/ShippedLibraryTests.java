package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.learning.library.PieceFile;
import care.tandem.learning.library.PieceFileReader;
import care.tandem.system.content.ContentProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The library as shipped: every piece follows the format (docs/learning.md), and every piece for
 * people is at reading ease 60 or more, by the project's own scorer.
 */
class ShippedLibraryTests {

  static final double FLOOR = 60;

  private final List<PieceFile> pieces = read();

  @Test
  void everyShippedPieceFollowsTheFormat() {
    ContentProblems problems = new ContentProblems();
    new PieceFileReader(new PathMatchingResourcePatternResolver(), "classpath:learning/", problems)
        .read();

    assertThat(problems.all()).isEmpty();
    assertThat(pieces).isNotEmpty();
  }

  @Test
  void everyPieceForPeopleIsAtReadingEaseSixtyOrMore() {
    List<String> tooHard = new ArrayList<>();
    for (PieceFile piece : pieces) {
      if (piece.forPeople()) {
        double score = ReadingEase.of(blocks(piece)).score();
        if (score < FLOOR) {
          tooHard.add(piece.path() + ": reading ease " + String.format(Locale.UK, "%.1f", score));
        }
      }
    }
    assertThat(tooHard).as("People pieces under reading ease " + FLOOR).isEmpty();
  }

  /** Each line of the plain text (a paragraph, list item or heading) ends a sentence. */
  static List<String> blocks(PieceFile piece) {
    List<String> blocks = new ArrayList<>(List.of(piece.title(), piece.summary()));
    blocks.addAll(Arrays.stream(piece.bodyText().split("\\R")).filter(l -> !l.isBlank()).toList());
    return blocks;
  }

  private static List<PieceFile> read() {
    return new PieceFileReader(
            new PathMatchingResourcePatternResolver(), "classpath:learning/", new ContentProblems())
        .read();
  }
}
