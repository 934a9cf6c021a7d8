package care.tandem.guide.content;

import care.tandem.guide.content.GuideContent.Area;
import care.tandem.guide.content.GuideContent.Barrier;
import care.tandem.guide.content.GuideContent.Example;
import care.tandem.guide.content.GuideContent.Problem;
import care.tandem.guide.content.GuideContent.Solution;
import care.tandem.system.content.ContentFile;
import care.tandem.system.content.ContentProblems;
import care.tandem.system.content.Markdown;
import care.tandem.system.content.Markdown.Rendered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the guide's five folders of Markdown files and checks each file on its own: required
 * fields, list sizes, known tags, a real source for every example and a non-empty body. Links
 * between entries are checked afterwards by {@link GuideContentValidator}.
 */
public final class GuideContentReader {

  private final ResourcePatternResolver resources;
  private final String location;
  private final ContentProblems problems;

  public GuideContentReader(
      ResourcePatternResolver resources, String location, ContentProblems problems) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
    this.problems = problems;
  }

  public GuideContent read() {
    GuideContent content =
        new GuideContent(
            readAll("areas", this::area),
            readAll("problems", this::problem),
            readAll("solutions", this::solution),
            readAll("barriers", this::barrier),
            readAll("examples", this::example));
    if (content.areas().isEmpty() || content.problems().isEmpty()) {
      // An empty guide is a packaging or configuration mistake, never something to publish.
      problems.add(location, "content", "no areas or no problems found in this location");
    }
    return content;
  }

  private Area area(ContentFile file) {
    return new Area(
        file.path(),
        file.id(),
        file.text("title"),
        file.number("order"),
        file.text("summary"),
        body(file));
  }

  private Problem problem(ContentFile file) {
    return new Problem(
        file.path(),
        file.id(),
        file.text("area"),
        file.text("title"),
        file.text("summary"),
        tags(file, "roles", GuideTags.ROLES),
        tags(file, "settings", GuideTags.SETTINGS),
        atLeast(file, "solutions", 2),
        atLeast(file, "barriers", 1),
        atLeast(file, "examples", 1),
        body(file));
  }

  private Solution solution(ContentFile file) {
    return new Solution(
        file.path(),
        file.id(),
        file.text("title"),
        file.text("summary"),
        atLeast(file, "principles", 1),
        body(file));
  }

  private Barrier barrier(ContentFile file) {
    return new Barrier(
        file.path(), file.id(), file.text("title"), atLeast(file, "ideas", 1), body(file));
  }

  private Example example(ContentFile file) {
    String kind = file.text("kind");
    if (!kind.isEmpty() && !List.of(Example.TEST_TEAM, Example.PROGRAMME).contains(kind)) {
      file.problem("kind", "'" + kind + "' must be test-team or programme");
    }
    ContentFile source = file.nested("source");
    String url = source.text("url");
    if (!url.isEmpty() && !isWebAddress(url)) {
      source.problem(
          "url", "'" + url + "' must be a full web address starting https:// or http://");
    }
    return new Example(
        file.path(),
        file.id(),
        file.text("title"),
        file.text("organisation"),
        kind,
        source.text("title"),
        url,
        body(file));
  }

  private static Rendered body(ContentFile file) {
    Rendered body = Markdown.render(file.body());
    if (body.text().isBlank()) {
      file.problem("body", "is empty: write the entry's text below the front matter");
    }
    if (Markdown.headingLevels(file.body()).contains(1)) {
      file.problem("body", "must not use a level-1 heading (# ...): the page already has one");
    }
    return body;
  }

  private static List<String> atLeast(ContentFile file, String field, int minimum) {
    List<String> items = file.list(field);
    if (items.size() < minimum) {
      file.problem(
          field,
          "needs at least "
              + minimum
              + (minimum == 1 ? " item" : " items")
              + ", has "
              + items.size());
    }
    if (items.stream().distinct().count() < items.size()) {
      file.problem(field, "lists the same item twice");
    }
    return items;
  }

  private static List<String> tags(ContentFile file, String field, Map<String, String> known) {
    List<String> tags = atLeast(file, field, 1);
    for (String tag : tags) {
      if (!known.containsKey(tag)) {
        file.problem(
            field,
            "unknown tag '" + tag + "' (use one of " + String.join(", ", known.keySet()) + ")");
      }
    }
    return tags;
  }

  private static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private <T> List<T> readAll(String folder, Function<ContentFile, T> reader) {
    List<T> entries = new ArrayList<>();
    for (Resource resource : markdownFiles(folder)) {
      String path = "guide/" + folder + "/" + resource.getFilename();
      entries.add(reader.apply(ContentFile.parse(path, text(resource), problems)));
    }
    return List.copyOf(entries);
  }

  private List<Resource> markdownFiles(String folder) {
    try {
      return Arrays.stream(resources.getResources(location + folder + "/*.md"))
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
