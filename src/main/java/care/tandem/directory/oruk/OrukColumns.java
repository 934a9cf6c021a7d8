package care.tandem.directory.oruk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The columns of every directory table, read once from the database itself, so import, export and
 * the API follow the migrations without a second list to keep in step. Generated columns and
 * Tandem's own columns are left out: they are not part of ORUK.
 */
@Component
class OrukColumns {

  private final Map<OrukTable, List<OrukColumn>> columns = new EnumMap<>(OrukTable.class);

  OrukColumns(JdbcClient jdbc) {
    for (OrukTable table : OrukTable.values()) {
      List<OrukColumn> list = new ArrayList<>();
      jdbc.sql(
              "select column_name, data_type, is_nullable, column_default from"
                  + " information_schema.columns where table_schema = current_schema() and"
                  + " table_name = ? order by ordinal_position")
          .param(table.table)
          .query(
              (row, n) -> {
                String name = row.getString("column_name");
                if (!OrukTable.TANDEM_COLUMNS.contains(name)) {
                  list.add(
                      new OrukColumn(
                          name,
                          OrukColumn.Kind.of(row.getString("data_type")),
                          "NO".equals(row.getString("is_nullable"))
                              && row.getString("column_default") == null,
                          OrukColumn.maximumLength(table, name)));
                }
                return name;
              })
          .list();
      columns.put(table, List.copyOf(list));
    }
  }

  List<OrukColumn> of(OrukTable table) {
    return columns.get(table);
  }

  /** The column names, comma-separated, for a select or insert. */
  String names(OrukTable table) {
    return String.join(", ", of(table).stream().map(OrukColumn::name).toList());
  }
}
