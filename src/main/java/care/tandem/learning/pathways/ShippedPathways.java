package care.tandem.learning.pathways;

import care.tandem.system.content.ContentProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pathways shipped in {@code learning/pathways/*.yaml}: read and checked as the application
 * starts, before the demo and the web server (a broken file stops the start, naming the file and
 * field), and added once. A shipped pathway a service lead has since edited keeps their versions.
 */
@Component
class ShippedPathways implements SmartInitializingSingleton {

  private final PathwayRepository pathways;
  private final StepCheck check;
  private final TransactionTemplate transaction;

  ShippedPathways(PathwayRepository pathways, StepCheck check, TransactionTemplate transaction) {
    this.pathways = pathways;
    this.check = check;
    this.transaction = transaction;
  }

  /** Before anything starts (the demo seeding, the web server), once every bean exists. */
  @Override
  public void afterSingletonsInstantiated() {
    try {
      load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void load() throws IOException {
    ContentProblems problems = new ContentProblems();
    List<Shipped> all = new ArrayList<>();
    Resource[] files =
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:learning/pathways/*.yaml");
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        all.add(
            read(
                String.valueOf(file.getFilename()),
                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                problems));
      }
    }
    problems.throwIfAny();
    Instant now = Instant.now();
    transaction.executeWithoutResult(
        status ->
            all.forEach(
                shipped -> {
                  if (pathways.shipped(shipped.slug()).isEmpty()) {
                    UUID id =
                        UUID.nameUUIDFromBytes(
                            ("tandem:learning:pathway:" + shipped.slug())
                                .getBytes(StandardCharsets.UTF_8));
                    pathways.insert(
                        id, shipped.slug(), shipped.title(), shipped.summary(), null, now);
                    pathways.addVersion(id, shipped.steps(), null, now);
                  }
                }));
  }

  /** One shipped file, checked; problems are added to {@code problems}. */
  Shipped read(String fileName, String text, ContentProblems problems) {
    String slug = fileName.replaceFirst("\\.yaml$", "");
    Object loaded;
    try {
      loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (RuntimeException e) {
      problems.add(fileName, "file", "is not valid YAML");
      return new Shipped(slug, "", "", List.of());
    }
    if (!(loaded instanceof Map<?, ?> fields)) {
      problems.add(fileName, "file", "must be a set of fields: title, summary, steps");
      return new Shipped(slug, "", "", List.of());
    }
    String title = text(fields, "title", fileName, problems);
    String summary = text(fields, "summary", fileName, problems);
    List<PathwayStep> steps = new ArrayList<>();
    if (!(fields.get("steps") instanceof List<?> list) || list.isEmpty()) {
      problems.add(fileName, "steps", "must list at least one step");
      return new Shipped(slug, title, summary, steps);
    }
    for (Object item : list) {
      String where = "steps[" + (steps.size() + 1) + "]";
      if (!(item instanceof Map<?, ?> step)) {
        problems.add(fileName, where, "must be a step such as 'piece: pacing'");
        continue;
      }
      StepKind kind =
          StepKind.ofCode(step.keySet().stream().findFirst().map(String::valueOf).orElse(""))
              .orElse(null);
      if (kind == null || step.size() != 1) {
        problems.add(
            fileName,
            where,
            "must be one of piece, reflection, goal, check-in," + " questionnaire");
        continue;
      }
      String value = step.get(kind.code()) == null ? "" : String.valueOf(step.get(kind.code()));
      boolean isRef = kind == StepKind.PIECE || kind == StepKind.QUESTIONNAIRE;
      String ref = isRef ? value : "";
      String words = kind == StepKind.REFLECTION || kind == StepKind.GOAL ? value : "";
      check
          .problem(kind, ref, words)
          .ifPresent(p -> problems.add(fileName, where, p + " ('" + value + "')"));
      steps.add(new PathwayStep(UUID.randomUUID(), steps.size() + 1, kind, ref, words));
    }
    return new Shipped(slug, title, summary, steps);
  }

  private static String text(Map<?, ?> fields, String name, String file, ContentProblems problems) {
    Object value = fields.get(name);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add(file, name, "must be some text");
      return "";
    }
    return text.strip();
  }

  record Shipped(String slug, String title, String summary, List<PathwayStep> steps) {}
}
