package care.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules honest: a module may use another only through its public API or events, and the
 * diagrams in {@code docs/modules/} always show the dependencies as they are in the code.
 */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);
  private static final Path DIAGRAMS = Path.of("docs", "modules");

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDiagramsIntoTheDocs() throws IOException {
    // The folder also holds the hand-written page of each module: replace only the diagrams.
    try (Stream<Path> written = Files.list(DIAGRAMS)) {
      for (Path diagram : written.filter(ModularityTests::isDiagram).toList()) {
        Files.delete(diagram);
      }
    }
    new Documenter(
            MODULES,
            Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()).withoutClean())
        .writeDocumentation();
    try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
      for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
        Files.write(diagram, withRelationsSorted(Files.readAllLines(diagram)));
      }
    }
  }

  private static boolean isDiagram(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".puml") || name.endsWith(".adoc");
  }

  /**
   * The documenter lists relations in no fixed order; sorted, the committed diagrams only change
   * when the modules do.
   */
  private static List<String> withRelationsSorted(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    int start = 0;
    while (start < sorted.size()) {
      int end = start;
      while (end < sorted.size() && sorted.get(end).startsWith("Rel(")) {
        end++;
      }
      if (end > start) {
        sorted.subList(start, end).sort(null);
        start = end;
      } else {
        start++;
      }
    }
    return sorted;
  }
}
