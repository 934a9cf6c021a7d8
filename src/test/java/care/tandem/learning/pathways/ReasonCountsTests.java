package care.tandem.learning.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What got in the way, counted for the service lead without picking anyone out. */
class ReasonCountsTests {

  @Test
  void countsUnderFiveAreShownAsFewerThanFive() {
    var rows = PathwayBuilderController.reasons(Map.of("no-time", 7, "forgot", 4, "other", 1));
    assertThat(rows)
        .extracting(PathwayPages.ReasonRow::reason, PathwayPages.ReasonRow::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I did not have time", "7"),
            org.assertj.core.groups.Tuple.tuple("I forgot about it", "fewer than 5"),
            org.assertj.core.groups.Tuple.tuple("Something else", "fewer than 5"));
  }
}
