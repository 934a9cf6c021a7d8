package care.tandem.readability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reading-ease figures as a Markdown report: a summary per audience, then every page.
 */
final class ReadingEaseReport {

  private ReadingEaseReport() {}

  static void write(Path file, List<PageReading> readings) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Reading ease (Flesch) of each page");
    lines.add("");
    lines.add("Written by `PageReadingEaseTests`. Floors and method: `docs/reading-ease.md`.");
    lines.add("");
    lines.add("| audience | pages | lowest | median | all words together | floor | below floor |");
    lines.add("|---|---|---|---|---|---|---|");
    Map<PageReading.Audience, List<PageReading>> byAudience =
        new EnumMap<>(PageReading.Audience.class);
    readings.forEach(
        reading ->
            byAudience
                .computeIfAbsent(reading.audience(), audience -> new ArrayList<>())
                .add(reading));
    byAudience.forEach((audience, group) -> lines.add(summary(audience, group)));
    lines.add("");
    lines.add(
        "| page | audience | words | sentences | words per sentence | reading ease | floor | verdict |");
    lines.add("|---|---|---|---|---|---|---|---|");
    readings.forEach(reading -> lines.add(reading.row()));
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }

  private static String summary(PageReading.Audience audience, List<PageReading> group) {
    List<Double> scores = group.stream().map(reading -> reading.ease().score()).sorted().toList();
    ReadingEase together =
        group.stream().map(PageReading::ease).reduce(ReadingEase.NONE, ReadingEase::plus);
    Double floor = audience.floor();
    return "| %s | %d | %.1f | %.1f | %.1f | %s | %d |"
        .formatted(
            audience.label(),
            group.size(),
            scores.get(0),
            scores.get(scores.size() / 2),
            together.score(),
            floor == null ? "–" : "%.0f".formatted(floor),
            group.stream().filter(PageReading::belowFloor).count());
  }
}
