package care.tandem.directory.oruk;

import java.util.List;
import java.util.Map;

/**
 * What an import did, or would have done in a dry run: how many records of each entity, every
 * rejected record by entity, id and field (one rejection and nothing is stored), and warnings for
 * values stored without (such as a latitude out of range).
 */
public record ImportReport(
    boolean dryRun,
    boolean applied,
    Map<String, Integer> counts,
    List<ImportProblem> rejected,
    List<ImportProblem> warnings) {

  public boolean accepted() {
    return rejected.isEmpty();
  }

  public int services() {
    return counts.getOrDefault("service", 0);
  }

  /** The report as plain lines, for the command line and logs. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    if (!accepted()) {
      text.append("Import rejected: nothing was changed. ")
          .append(rejected.size())
          .append(rejected.size() == 1 ? " problem" : " problems")
          .append(":\n");
      rejected.forEach(problem -> text.append("  ").append(problem).append('\n'));
    } else if (dryRun) {
      text.append("Dry run: the import is valid and nothing was changed. Would import ")
          .append(counts)
          .append('\n');
    } else {
      text.append("Imported ").append(counts).append('\n');
    }
    if (!warnings.isEmpty()) {
      text.append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings");
      text.append(":\n");
      warnings.forEach(problem -> text.append("  ").append(problem).append('\n'));
    }
    return text.toString();
  }
}
