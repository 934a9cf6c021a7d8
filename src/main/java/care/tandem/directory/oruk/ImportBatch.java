package care.tandem.directory.oruk;

import java.util.ArrayList;
import java.util.List;

/** Every record of one import, as read, with any problems found while reading the files. */
final class ImportBatch {

  final List<StagedRow> rows = new ArrayList<>();
  final List<ImportProblem> problems = new ArrayList<>();

  StagedRow add(OrukTable table, @org.jspecify.annotations.Nullable String source) {
    StagedRow row = new StagedRow(table, source);
    rows.add(row);
    return row;
  }

  void problem(String where, String message) {
    problems.add(new ImportProblem("file", where, null, message, null));
  }
}
