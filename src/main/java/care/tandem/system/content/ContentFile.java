package care.tandem.system.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One Markdown file with YAML front matter between {@code ---} lines. Reading a field that is
 * missing or of the wrong shape records a problem naming this file and the field, and returns an
 * empty value, so a whole content set can be checked in one run.
 */
public final class ContentFile {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?)\\R---[ \\t]*(\\R|\\z)(.*)\\z", Pattern.DOTALL);

  private final String path;
  private final String scope;
  private final Map<String, Object> frontMatter;
  private final String body;
  private final ContentProblems problems;

  private ContentFile(
      String path,
      String scope,
      Map<String, Object> frontMatter,
      String body,
      ContentProblems problems) {
    this.path = path;
    this.scope = scope;
    this.frontMatter = frontMatter;
    this.body = body;
    this.problems = problems;
  }

  /** Splits the text into front matter and body; a file without front matter is a problem. */
  public static ContentFile parse(String path, String text, ContentProblems problems) {
    var matcher = FRONT_MATTER.matcher(text);
    if (!matcher.matches()) {
      problems.add(path, "front matter", "must start with YAML between two lines of three dashes");
      return new ContentFile(path, "", Map.of(), "", problems);
    }
    return new ContentFile(
        path, "", yaml(path, matcher.group(1), problems), matcher.group(3), problems);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String path, String text, ContentProblems problems) {
    try {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      if (loaded instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
      problems.add(path, "front matter", "must be a set of fields such as 'id: my-entry'");
    } catch (YAMLException e) {
      problems.add(path, "front matter", "is not valid YAML (" + firstLine(e.getMessage()) + ")");
    }
    return Map.of();
  }

  public String path() {
    return path;
  }

  /** The Markdown after the front matter. */
  public String body() {
    return body;
  }

  /** The entry id: a lowercase slug that matches the file name. */
  public String id() {
    String id = text("id");
    if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
      problem("id", "'" + id + "' must use only lowercase letters, digits and dashes");
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    if (!id.isEmpty() && !fileName.equals(id + ".md")) {
      problem("id", "'" + id + "' must match the file name (" + id + ".md)");
    }
    return id;
  }

  /** A required, non-empty piece of text. */
  public String text(String field) {
    Object value = frontMatter.get(field);
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      problem(field, "must be a single piece of text");
      return "";
    }
    String text = value == null ? "" : String.valueOf(value).strip();
    if (text.isEmpty()) {
      problem(field, "is missing or empty");
    }
    return text;
  }

  /** A required whole number. */
  public int number(String field) {
    Object value = frontMatter.get(field);
    if (value instanceof Integer number) {
      return number;
    }
    problem(field, value == null ? "is missing" : "must be a whole number");
    return 0;
  }

  /** Whether the front matter has this field at all, for fields only some kinds of entry need. */
  public boolean has(String field) {
    return frontMatter.get(field) != null;
  }

  /** A required date written as 2026-12-06 (YAML reads it as a timestamp at midnight UTC). */
  public @Nullable LocalDate date(String field) {
    Object value = frontMatter.get(field);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        // falls through to the problem below
      }
    }
    problem(field, value == null ? "is missing" : "must be a date like 2026-12-06");
    return null;
  }

  /** A list of non-empty text items; missing means empty (callers check how many they need). */
  public List<String> list(String field) {
    Object value = frontMatter.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      problem(field, "must be a list, for example [first, second]");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      String text = item == null ? "" : String.valueOf(item).strip();
      if (text.isEmpty() || item instanceof Map<?, ?> || item instanceof List<?>) {
        problem(field, "has an empty or malformed item");
      } else {
        texts.add(text);
      }
    }
    return List.copyOf(texts);
  }

  /** A nested set of fields; problems in it name "field.child". */
  @SuppressWarnings("unchecked")
  public ContentFile nested(String field) {
    Object value = frontMatter.get(field);
    if (value == null) {
      problem(field, "is missing");
    } else if (!(value instanceof Map<?, ?>)) {
      problem(field, "must be a set of fields");
    }
    Map<String, Object> fields =
        value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    return new ContentFile(path, scope + field + ".", fields, "", problems);
  }

  /** Records a problem with a field of this file. */
  public void problem(String field, String message) {
    problems.add(path, scope + field, message);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
