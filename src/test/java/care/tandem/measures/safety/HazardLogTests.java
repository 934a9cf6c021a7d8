package care.tandem.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hazard log's evidence is real: every test it names as Class#method exists. */
class HazardLogTests {

  static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");

  @Test
  void everyTestTheHazardLogNamesExists() throws Exception {
    Matcher named = Pattern.compile("`(\\w+Tests)#(\\w+)`").matcher(Files.readString(LOG));
    List<String> missing = new ArrayList<>();
    int count = 0;
    while (named.find()) {
      count++;
      String method = "void " + named.group(2) + "(";
      boolean found;
      try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
        found =
            files
                .filter(file -> file.getFileName().toString().equals(named.group(1) + ".java"))
                .anyMatch(file -> read(file).contains(method));
      }
      if (!found) {
        missing.add(named.group(1) + "#" + named.group(2));
      }
    }

    assertThat(count).isGreaterThan(10);
    assertThat(missing).isEmpty();
  }

  @Test
  void listsTheNineHazardsEachWithCauseHarmControlsAndResidualRisk() throws Exception {
    String log = Files.readString(LOG);
    for (int hazard = 1; hazard <= 9; hazard++) {
      int start = log.indexOf("## H" + hazard + " ");
      assertThat(start).as("H%d", hazard).isPositive();
      int end = log.indexOf("\n## ", start + 1);
      String section = log.substring(start, end < 0 ? log.length() : end);
      assertThat(section)
          .as("H%d", hazard)
          .contains(
              "**Cause:**",
              "**Effect:**",
              "**Harm:**",
              "**Initial risk:**",
              "**Controls:**",
              "**Residual risk:**",
              "Test");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
