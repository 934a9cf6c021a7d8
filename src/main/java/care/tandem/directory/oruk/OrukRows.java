package care.tandem.directory.oruk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows of the directory tables as ORUK JSON objects (nulls left out), fetched a page at a time: one
 * query per table for all the ids asked about, never one per row, so a page of 500 services costs
 * the same dozen queries as a page of one.
 */
@Component
class OrukRows {

  private final JdbcClient jdbc;
  private final OrukColumns columns;
  final JsonMapper json = JsonMapper.builder().build();

  OrukRows(JdbcClient jdbc, OrukColumns columns) {
    this.jdbc = jdbc;
    this.columns = columns;
  }

  /** The rows of a table whose column is one of these ids, in the database's order. */
  List<ObjectNode> where(OrukTable table, String column, Collection<UUID> ids) {
    return where(table, column, ids, "");
  }

  List<ObjectNode> where(OrukTable table, String column, Collection<UUID> ids, String andAlso) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return select(
        "select * from "
            + table.table
            + " where "
            + column
            + " = any(?) "
            + andAlso
            + " order by id",
        table,
        (Object) ids.toArray(new UUID[0]));
  }

  List<ObjectNode> select(String sql, OrukTable table, Object... parameters) {
    List<OrukColumn> list = columns.of(table);
    return jdbc.sql(sql)
        .params(parameters)
        .query(
            (row, n) -> {
              ObjectNode node = json.createObjectNode();
              for (OrukColumn column : list) {
                column.write(row, node);
              }
              return node;
            })
        .list();
  }

  /** Rows grouped by the value of one of their fields (a parent's id). */
  static Map<String, List<ObjectNode>> byField(List<ObjectNode> rows, String field) {
    Map<String, List<ObjectNode>> groups = new LinkedHashMap<>();
    for (ObjectNode row : rows) {
      JsonNode key = row.get(field);
      if (key != null) {
        groups.computeIfAbsent(key.asString(), k -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }

  static Map<String, ObjectNode> byId(List<ObjectNode> rows) {
    Map<String, ObjectNode> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(row.get("id").asString(), row));
    return map;
  }

  static List<UUID> ids(List<ObjectNode> rows, String field) {
    return rows.stream()
        .map(row -> row.get(field))
        .filter(value -> value != null)
        .map(value -> UUID.fromString(value.asString()))
        .distinct()
        .toList();
  }

  /** Puts the group for this row's id under the name, always (an empty array when none). */
  static void nest(ObjectNode parent, String name, Map<String, List<ObjectNode>> groups) {
    parent.putArray(name).addAll(groups.getOrDefault(parent.get("id").asString(), List.of()));
  }
}
