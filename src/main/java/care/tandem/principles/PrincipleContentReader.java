package care.tandem.principles;

import care.tandem.system.content.ContentFile;
import care.tandem.system.content.ContentProblems;
import care.tandem.system.content.Markdown;
import care.tandem.system.content.Markdown.Rendered;
import care.tandem.system.content.Markdown.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the principle files and checks them: required fields, unique ids and numbers, and exactly
 * the four fixed sections, in order, each with content.
 */
final class PrincipleContentReader {

  private PrincipleContentReader() {}

  static List<Principle> read(
      ResourcePatternResolver resources, String location, ContentProblems problems) {
    List<Principle> principles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    for (Resource resource : markdownFiles(resources, location)) {
      ContentFile file =
          ContentFile.parse("principles/" + resource.getFilename(), text(resource), problems);
      Principle principle =
          new Principle(
              file.path(),
              file.id(),
              file.number("number"),
              file.text("title"),
              file.text("summary"),
              sections(file));
      if (!principle.id().isEmpty() && !ids.add(principle.id())) {
        file.problem("id", "'" + principle.id() + "' is used by another file");
      }
      if (!numbers.add(principle.number())) {
        file.problem("number", principle.number() + " is used by another principle");
      }
      principles.add(principle);
    }
    if (principles.isEmpty()) {
      problems.add(location, "content", "no principle files found in this location");
    }
    principles.sort(Comparator.comparingInt(Principle::number));
    return List.copyOf(principles);
  }

  private static List<Rendered> sections(ContentFile file) {
    List<Section> sections = Markdown.sections(file.body());
    List<String> headings = sections.stream().map(Section::heading).toList();
    if (!headings.equals(Principle.SECTION_HEADINGS)) {
      file.problem(
          "body",
          "must have exactly these level-2 headings, in order: "
              + String.join("; ", Principle.SECTION_HEADINGS)
              + " (found: "
              + (headings.isEmpty() ? "none" : String.join("; ", headings))
              + ")");
      return List.of();
    }
    for (Section section : sections) {
      if (section.content().text().isBlank()) {
        file.problem("body", "the section '" + section.heading() + "' is empty");
      }
    }
    return sections.stream().map(Section::content).toList();
  }

  private static List<Resource> markdownFiles(ResourcePatternResolver resources, String location) {
    String folder = location.endsWith("/") ? location : location + "/";
    try {
      return Arrays.stream(resources.getResources(folder + "*.md"))
          .filter(Resource::exists)
          .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String text(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
