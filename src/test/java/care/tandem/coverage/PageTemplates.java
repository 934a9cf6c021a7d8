package care.tandem.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The page templates in the source: every JTE template that lays itself out as a whole page. Parts,
 * components and home-page sections are rendered inside pages and are covered through them.
 */
final class PageTemplates {

  private static final Path SOURCE = Path.of("src", "main", "jte");
  private static final String PAGE_LAYOUT = "@template.layout.page(";

  private PageTemplates() {}

  /** Their names as controllers give them, such as {@code care/record}. */
  static List<String> inSource() {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      return files
          .filter(file -> file.toString().endsWith(".jte"))
          .filter(PageTemplates::laysOutAPage)
          .map(file -> SOURCE.relativize(file).toString().replace('\\', '/'))
          .map(name -> name.substring(0, name.length() - ".jte".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean laysOutAPage(Path file) {
    try {
      return Files.readString(file).contains(PAGE_LAYOUT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
