package care.tandem.learning.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What was typed that differs from what is saved now, one line per field, after a stale edit. */
final class PieceDifferences {

  private PieceDifferences() {}

  static List<String> between(PieceDraft typed, PieceDraft saved) {
    List<String> lines = new ArrayList<>();
    add(lines, "Title", typed.title(), saved.title());
    add(lines, "Summary", typed.summary(), saved.summary());
    add(lines, "Kind", typed.kind().label(), saved.kind().label());
    add(lines, "Who it is for", typed.audience().label(), saved.audience().label());
    add(
        lines,
        "Topics",
        String.join(", ", typed.topics().stream().map(LibraryTopics::label).toList()),
        String.join(", ", saved.topics().stream().map(LibraryTopics::label).toList()));
    add(lines, "Minutes", String.valueOf(typed.minutes()), String.valueOf(saved.minutes()));
    add(lines, "Source", typed.source(), saved.source());
    add(lines, "Next check", typed.reviewBy().toString(), saved.reviewBy().toString());
    add(lines, "Text", typed.body(), saved.body());
    add(lines, "Published", typed.published() ? "Yes" : "No", saved.published() ? "Yes" : "No");
    if (!Objects.equals(typed.mediaHash(), saved.mediaHash())
        || !Objects.equals(typed.captionsHash(), saved.captionsHash())) {
      lines.add("Media files: a different video, recording or captions file");
    }
    return lines;
  }

  private static void add(List<String> lines, String label, String typed, String saved) {
    if (!typed.equals(saved)) {
      lines.add(label + ": " + typed);
    }
  }
}
