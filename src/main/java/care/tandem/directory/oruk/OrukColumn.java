package care.tandem.directory.oruk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One column of a directory table and how its values look in HSDS: ISO dates, "HH:mm:ss" times,
 * date-times in UTC with milliseconds, UUIDs as text. Parsing a value that is not of its kind
 * throws {@link IllegalArgumentException} with words fit for an import report.
 */
record OrukColumn(String name, Kind kind, boolean required, int maximumLength) {

  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  enum Kind {
    UUID,
    TEXT,
    DATE,
    TIME,
    DATE_TIME,
    INTEGER,
    DECIMAL,
    DOUBLE;

    static Kind of(String dataType) {
      return switch (dataType) {
        case "uuid" -> UUID;
        case "date" -> DATE;
        case "time without time zone" -> TIME;
        case "timestamp with time zone" -> DATE_TIME;
        case "integer", "bigint", "smallint" -> INTEGER;
        case "numeric" -> DECIMAL;
        case "double precision", "real" -> DOUBLE;
        default -> TEXT;
      };
    }
  }

  /** The longest text the table's checks allow (0 for no limit). */
  static int maximumLength(OrukTable table, String column) {
    return switch (column) {
      case "name" ->
          table == OrukTable.SERVICE
                  || table == OrukTable.ORGANIZATION
                  || table == OrukTable.LOCATION
              ? 300
              : 0;
      case "description" ->
          table == OrukTable.SERVICE
                  || table == OrukTable.ORGANIZATION
                  || table == OrukTable.LOCATION
              ? 10_000
              : 0;
      case "email", "assurer_email" -> table == OrukTable.CONTACT ? 0 : 320;
      case "url", "website", "logo", "uri", "fees", "accreditations", "alert" ->
          table == OrukTable.ACCESSIBILITY
                  || table == OrukTable.SERVICE_AREA
                  || table == OrukTable.TAXONOMY
              ? 0
              : 2000;
      case "number" -> 50;
      default -> 0;
    };
  }

  /** The value of a text (from CSV or a JSON string), as JDBC should store it; null if blank. */
  @Nullable Object parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return switch (kind) {
        case UUID -> java.util.UUID.fromString(checkedUuid(value));
        case TEXT -> text;
        case DATE -> LocalDate.parse(value);
        case TIME -> LocalTime.parse(value);
        case DATE_TIME -> OffsetDateTime.parse(value);
        case INTEGER -> Integer.valueOf(value);
        case DECIMAL -> new BigDecimal(value);
        case DOUBLE -> Double.valueOf(value);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("is not " + kindWords() + ": " + shortened(value));
    }
  }

  /** The value of a JSON node, as JDBC should store it; null for null or missing. */
  @Nullable Object parse(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isContainer()) {
      throw new IllegalArgumentException("is not " + kindWords());
    }
    if (kind == Kind.TEXT && !node.isString()) {
      return node.asString();
    }
    if (node.isBoolean() || (node.isNumber() && (kind == Kind.UUID || kind == Kind.DATE))) {
      throw new IllegalArgumentException("is not " + kindWords() + ": " + node);
    }
    return parse(node.asString());
  }

  /** Puts this column of the current row into a JSON object, leaving nulls out. */
  void write(ResultSet row, ObjectNode json) throws SQLException {
    String text = text(row);
    if (text == null) {
      return;
    }
    switch (kind) {
      case INTEGER -> json.put(name, row.getLong(name));
      case DECIMAL -> json.put(name, row.getBigDecimal(name));
      case DOUBLE -> json.put(name, row.getDouble(name));
      default -> json.put(name, text);
    }
  }

  /** This column of the current row as HSDS text (for CSV), or null. */
  @Nullable String text(ResultSet row) throws SQLException {
    Object value = row.getObject(name);
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case DATE -> row.getObject(name, LocalDate.class).toString();
      case TIME -> row.getObject(name, LocalTime.class).format(TIME);
      case DATE_TIME -> DATE_TIME.format(row.getObject(name, OffsetDateTime.class));
      case DECIMAL -> row.getBigDecimal(name).toPlainString();
      default -> value.toString();
    };
  }

  private static String checkedUuid(String value) {
    if (!value.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      throw new NumberFormatException();
    }
    return value;
  }

  private String kindWords() {
    return switch (kind) {
      case UUID -> "a UUID";
      case TEXT -> "text";
      case DATE -> "a date (YYYY-MM-DD)";
      case TIME -> "a time (HH:MM:SS)";
      case DATE_TIME -> "a date and time (ISO 8601 with an offset)";
      case INTEGER -> "a whole number";
      case DECIMAL, DOUBLE -> "a number";
    };
  }

  static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  static UUID uuid(String text) {
    return (UUID) new OrukColumn("id", Kind.UUID, true, 0).parse(text);
  }
}
