package care.tandem.guide.content;

import care.tandem.principles.PrincipleContent;
import care.tandem.system.content.ContentProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Content sets for tests: the small valid sample under {@code guide-fixtures/valid}, and broken
 * sets, each the valid sample with a few files from {@code guide-fixtures/broken/<name>} laid over
 * it.
 */
final class ContentFixtures {

  private static final PathMatchingResourcePatternResolver RESOURCES =
      new PathMatchingResourcePatternResolver();

  private ContentFixtures() {}

  /** Every problem the reader and validator find in a content root with guide/ and principles/. */
  static List<String> problemsIn(String root) {
    ContentProblems problems = new ContentProblems();
    PrincipleContent principles = PrincipleContent.read(RESOURCES, root + "principles/", problems);
    GuideContent guide = new GuideContentReader(RESOURCES, root + "guide/", problems).read();
    GuideContentValidator.validate(guide, principles.ids(), problems);
    return problems.all();
  }

  static GuideContent guideIn(String root) {
    return new GuideContentReader(RESOURCES, root + "guide/", new ContentProblems()).read();
  }

  /** The valid sample with the named broken set laid over it, copied to {@code folder}. */
  static String brokenSet(String name, Path folder) {
    copy(fixture("valid"), folder);
    copy(fixture("broken/" + name), folder);
    return folder.toUri().toString();
  }

  static String validSet() {
    return fixture("valid").toUri().toString();
  }

  private static Path fixture(String name) {
    try {
      return Path.of(ContentFixtures.class.getResource("/guide-fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("No fixture set called " + name, e);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
