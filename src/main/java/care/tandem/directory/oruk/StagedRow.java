package care.tandem.directory.oruk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record read from an import, before it is checked: its table, its fields as they came (JSON
 * nodes or CSV text), and where it came from (a CSV file and line) for the report.
 */
final class StagedRow {

  final OrukTable table;
  final Map<String, Object> raw = new LinkedHashMap<>();
  final @Nullable String source;

  /** The checked values, by column, filled in by {@link ImportChecks}. */
  final Map<String, @Nullable Object> values = new LinkedHashMap<>();

  StagedRow(OrukTable table, @Nullable String source) {
    this.table = table;
    this.source = source;
  }

  /** The id as it was written, for naming the record in the report. */
  String idText() {
    Object id = raw.get("id");
    if (id == null) {
      return "(no id)";
    }
    String text = id instanceof String s ? s : ((tools.jackson.databind.JsonNode) id).asString();
    return text.isBlank() ? "(no id)" : OrukColumn.shortened(text);
  }

  void setIfAbsent(String field, String value) {
    raw.putIfAbsent(field, value);
  }
}
