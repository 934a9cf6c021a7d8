package care.tandem.directory.oruk;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks every record of an import against what ORUK and our tables need: UUIDs, required fields,
 * kinds of value (dates, times, numbers), enumerations, lengths, and references to records in the
 * same import or already in the directory. Values ORUK allows but we cannot store (a latitude of
 * 100) are dropped with a warning rather than rejected, so honest feeds still import.
 */
final class ImportChecks {

  private static final Map<String, Set<String>> CHOICES =
      Map.of(
          "status",
          Set.of("active", "inactive", "defunct", "temporarily closed"),
          "location_type",
          Set.of("physical", "postal", "virtual"),
          "address_type",
          Set.of("physical", "postal", "virtual"),
          "freq",
          Set.of("WEEKLY", "MONTHLY"),
          "wkst",
          Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
          "link_entity",
          Set.of("service", "location", "organization", "service_at_location", "contact", "phone"));

  private static final Map<String, Pattern> SHAPES =
      Map.of(
          "byday",
          Pattern.compile(
              "([+-]?[0-9]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[0-9]?(MO|TU|WE|TH|FR|SA|SU))*"),
          "currency",
          Pattern.compile("[A-Z]{3}"));

  /** Reference columns and the table they point into. */
  private static final Map<String, OrukTable> REFERENCES =
      Map.of(
          "organization_id", OrukTable.ORGANIZATION,
          "service_id", OrukTable.SERVICE,
          "location_id", OrukTable.LOCATION,
          "service_at_location_id", OrukTable.SERVICE_AT_LOCATION,
          "contact_id", OrukTable.CONTACT,
          "phone_id", OrukTable.PHONE,
          "taxonomy_term_id", OrukTable.TAXONOMY_TERM);

  interface Known {
    /** Which of these ids the directory already holds in this table. */
    Set<UUID> existing(OrukTable table, Set<UUID> ids);
  }

  private final OrukColumns columns;
  private final List<ImportProblem> rejected = new ArrayList<>();
  private final List<ImportProblem> warnings = new ArrayList<>();

  ImportChecks(OrukColumns columns) {
    this.columns = columns;
  }

  List<ImportProblem> rejected() {
    return rejected;
  }

  List<ImportProblem> warnings() {
    return warnings;
  }

  void check(ImportBatch batch, Known known) {
    rejected.addAll(batch.problems);
    Map<OrukTable, Set<UUID>> imported = new EnumMap<>(OrukTable.class);
    for (StagedRow row : batch.rows) {
      values(row);
      UUID id = (UUID) row.values.get("id");
      if (id != null) {
        imported.computeIfAbsent(row.table, t -> new HashSet<>()).add(id);
      }
    }
    references(batch, imported, known);
  }

  private void values(StagedRow row) {
    for (OrukColumn column : columns.of(row.table)) {
      Object raw = row.raw.get(column.name());
      Object value;
      try {
        value = raw instanceof JsonNode node ? column.parse(node) : column.parse((String) raw);
      } catch (IllegalArgumentException e) {
        reject(row, column.name(), e.getMessage());
        continue;
      }
      if (value == null && column.required()) {
        if (row.table == OrukTable.SERVICE && column.name().equals("last_modified")) {
          value = OffsetDateTime.now();
        } else {
          reject(row, column.name(), "is required");
          continue;
        }
      }
      if (value instanceof String text) {
        value = text(row, column, text);
      }
      row.values.put(column.name(), value);
    }
    numbers(row);
  }

  private @Nullable String text(StagedRow row, OrukColumn column, String text) {
    if (column.maximumLength() > 0 && text.length() > column.maximumLength()) {
      reject(row, column.name(), "is longer than " + column.maximumLength() + " characters");
    }
    Set<String> choices = CHOICES.get(column.name());
    if (choices != null && !choices.contains(text)) {
      reject(
          row,
          column.name(),
          "must be one of "
              + String.join(", ", new java.util.TreeSet<>(choices))
              + ", not "
              + OrukColumn.shortened(text));
    }
    Pattern shape = SHAPES.get(column.name());
    if (shape != null && !shape.matcher(text).matches()) {
      reject(row, column.name(), "is not in the HSDS form: " + OrukColumn.shortened(text));
    }
    if (column.name().equals("country") && !text.matches("[A-Z]{2}")) {
      reject(row, column.name(), "must be a two-letter ISO country code such as GB");
    }
    return text;
  }

  private void numbers(StagedRow row) {
    Map<String, @Nullable Object> values = row.values;
    if (row.table == OrukTable.LOCATION) {
      Double latitude = (Double) values.get("latitude");
      Double longitude = (Double) values.get("longitude");
      boolean outside =
          (latitude != null && Math.abs(latitude) > 90)
              || (longitude != null && Math.abs(longitude) > 180)
              || ((latitude == null) != (longitude == null));
      if (outside) {
        warn(row, "latitude", "and longitude are not a place on Earth, so were not stored");
        values.put("latitude", null);
        values.put("longitude", null);
      }
    }
    for (String age : List.of("minimum_age", "maximum_age")) {
      Object value = values.get(age);
      if (value instanceof Integer years && (years < 0 || years > 150)) {
        reject(row, age, "must be an age from 0 to 150");
      }
    }
    if (values.get("minimum_age") instanceof Integer minimum
        && values.get("maximum_age") instanceof Integer maximum
        && minimum > maximum) {
      reject(row, "minimum_age", "is more than maximum_age");
    }
    if (values.get("amount") instanceof java.math.BigDecimal amount && amount.signum() < 0) {
      reject(row, "amount", "must be 0 or more");
    }
    if (values.get("interval") instanceof Integer interval && interval < 1) {
      reject(row, "interval", "must be 1 or more");
    }
  }

  private void references(ImportBatch batch, Map<OrukTable, Set<UUID>> imported, Known known) {
    Map<OrukTable, Set<UUID>> wanted = new EnumMap<>(OrukTable.class);
    for (StagedRow row : batch.rows) {
      forEachReference(
          row, (field, table, id) -> wanted.computeIfAbsent(table, t -> new HashSet<>()).add(id));
    }
    Map<OrukTable, Set<UUID>> found = new EnumMap<>(OrukTable.class);
    wanted.forEach(
        (table, ids) -> {
          Set<UUID> missing = new HashSet<>(ids);
          missing.removeAll(imported.getOrDefault(table, Set.of()));
          Set<UUID> all = new HashSet<>(imported.getOrDefault(table, Set.of()));
          all.addAll(missing.isEmpty() ? Set.of() : known.existing(table, missing));
          found.put(table, all);
        });
    for (StagedRow row : batch.rows) {
      forEachReference(
          row,
          (field, table, id) -> {
            if (found.get(table).contains(id)) {
              return;
            }
            String words = "unknown " + table.entity.replace('_', ' ') + " " + id;
            if (row.table == OrukTable.TAXONOMY_TERM) {
              warn(row, field, words + ", so it was not stored");
              row.values.put(field, null);
            } else {
              reject(row, field, words);
            }
          });
    }
  }

  private interface ReferenceVisitor {
    void visit(String field, OrukTable table, UUID id);
  }

  private static void forEachReference(StagedRow row, ReferenceVisitor visitor) {
    Map<String, @Nullable Object> values = row.values;
    if (row.table == OrukTable.TAXONOMY_TERM) {
      if (values.get("parent_id") instanceof UUID parent) {
        visitor.visit("parent_id", OrukTable.TAXONOMY_TERM, parent);
      }
      if (values.get("taxonomy_id") instanceof UUID taxonomy) {
        visitor.visit("taxonomy_id", OrukTable.TAXONOMY, taxonomy);
      }
      return;
    }
    if (row.table == OrukTable.ATTRIBUTE
        && values.get("link_id") instanceof UUID link
        && values.get("link_entity") instanceof String entity) {
      for (OrukTable table : OrukTable.values()) {
        if (table.entity.equals(entity)) {
          visitor.visit("link_id", table, link);
        }
      }
    }
    for (Map.Entry<String, OrukTable> reference : REFERENCES.entrySet()) {
      if (values.get(reference.getKey()) instanceof UUID id) {
        visitor.visit(reference.getKey(), reference.getValue(), id);
      }
    }
  }

  private void reject(StagedRow row, String field, String message) {
    rejected.add(new ImportProblem(row.table.entity, row.idText(), field, message, row.source));
  }

  private void warn(StagedRow row, String field, String message) {
    warnings.add(new ImportProblem(row.table.entity, row.idText(), field, message, row.source));
  }
}
