package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.system.content.ContentFile;
import care.tandem.system.content.ContentProblems;
import care.tandem.system.content.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the shipped pieces ({@code pieces/<slug>.md}) and checks each against the piece format
 * (docs/learning.md): every field present and valid, topics from the list, review-by after
 * reviewed, media files present for video and audio. Every problem names the file and the field.
 * Reading ease is checked by a test with the project's scorer.
 */
public final class PieceFileReader {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_TITLE = 70;

  private final ResourcePatternResolver resources;
  private final String location;
  private final ContentProblems problems;

  /**
   * @param location the folder holding {@code pieces/} and {@code media/}, such as {@code
   *     classpath:learning/}
   */
  public PieceFileReader(
      ResourcePatternResolver resources, String location, ContentProblems problems) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
    this.problems = problems;
  }

  public List<PieceFile> read() {
    List<PieceFile> pieces = new ArrayList<>();
    for (Resource resource : files("pieces/*.md")) {
      String name = String.valueOf(resource.getFilename());
      String path = "learning/pieces/" + name;
      pieces.add(piece(name, ContentFile.parse(path, text(resource), problems)));
    }
    return List.copyOf(pieces);
  }

  /** The shipped media file, to be stored in the media store. */
  public Resource media(String fileName) {
    return resources.getResource(location + "media/" + fileName);
  }

  private PieceFile piece(String fileName, ContentFile file) {
    String slug = fileName.substring(0, fileName.length() - ".md".length());
    if (!SLUG.matcher(slug).matches() || LibraryCatalogue.RESERVED.contains(slug)) {
      file.problem(
          "file name",
          "'"
              + slug
              + "' must be a slug of lowercase letters, digits and"
              + " dashes, and not one of "
              + LibraryCatalogue.RESERVED);
    }
    String title = file.text("title");
    if (title.length() > MAX_TITLE) {
      file.problem("title", "must be under " + MAX_TITLE + " characters");
    }
    PieceKind kind = choice(file, "kind", PieceKind.class);
    PieceAudience audience = choice(file, "audience", PieceAudience.class);
    List<String> topics = file.list("topics");
    if (topics.isEmpty()) {
      file.problem("topics", "needs at least one topic");
    }
    for (String topic : topics) {
      if (!LibraryTopics.ALL.containsKey(topic)) {
        file.problem(
            "topics",
            "unknown topic '"
                + topic
                + "' (use one of "
                + String.join(", ", LibraryTopics.ALL.keySet())
                + ")");
      }
    }
    int minutes = positive(file, "minutes");
    List<String> sources = file.list("sources");
    if (sources.isEmpty()) {
      file.problem("sources", "needs at least one reference file or web address");
    }
    var reviewed = file.date("reviewed");
    var reviewBy = file.date("review-by");
    if (reviewed != null && reviewBy != null && !reviewBy.isAfter(reviewed)) {
      file.problem("review-by", "must be after reviewed (" + reviewed + ")");
    }
    int version = positive(file, "version");
    String media = mediaFile(file, "media", kind == PieceKind.VIDEO || kind == PieceKind.AUDIO);
    String captions = mediaFile(file, "captions", kind == PieceKind.VIDEO);
    if (captions != null && !captions.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
      file.problem("captions", "must be a WebVTT file ending .vtt");
    }
    Markdown.Rendered body = Markdown.render(file.body());
    if (body.text().isBlank()) {
      file.problem("body", "is empty: write the text (or the transcript) below the front matter");
    }
    if (Markdown.headingLevels(file.body()).contains(1)) {
      file.problem("body", "must not use a level-1 heading (# ...): the page already has one");
    }
    return new PieceFile(
        file.path(),
        slug,
        title,
        file.text("summary"),
        kind,
        audience,
        topics,
        minutes,
        file.text("source"),
        sources,
        reviewed,
        reviewBy,
        version,
        file.body(),
        body.text(),
        media,
        captions);
  }

  private static <E extends Enum<E>> @Nullable E choice(
      ContentFile file, String field, Class<E> type) {
    String code = file.text(field);
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(code)) {
        return value;
      }
    }
    if (!code.isEmpty()) {
      file.problem(
          field,
          "'"
              + code
              + "' must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(value -> value.name().toLowerCase(Locale.ROOT))
                  .toList());
    }
    return null;
  }

  private static int positive(ContentFile file, String field) {
    int number = file.number(field);
    if (file.has(field) && number < 1) {
      file.problem(field, "must be 1 or more");
    }
    return number;
  }

  private @Nullable String mediaFile(ContentFile file, String field, boolean needed) {
    if (!needed) {
      if (file.has(field)) {
        file.problem(field, "is only for video and audio pieces");
      }
      return null;
    }
    String name = file.text(field);
    if (name.isEmpty()) {
      return null;
    }
    if (!SLUG.matcher(name.replaceFirst("\\.[a-z0-9]+$", "")).matches() || !media(name).exists()) {
      file.problem(field, "'" + name + "' is not a file in learning/media/");
      return null;
    }
    return name;
  }

  private List<Resource> files(String pattern) {
    try {
      return Arrays.stream(resources.getResources(location + pattern))
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
