package care.tandem.directory.oruk;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Writes checked records: upserts by id, table by table in reference order, in batches. A service
 * imported again has its children (opening times, places, costs, terms...) replaced, and a place
 * its addresses and features. {@code verified_on} comes from {@code assured_date} (else today) and
 * the owner from {@code assurer_email} when it is an account's e-mail. Runs inside the caller's
 * transaction.
 */
final class ImportWriter {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final OrukColumns columns;

  ImportWriter(JdbcTemplate jdbc, OrukColumns columns) {
    this.jdbc = jdbc;
    this.columns = columns;
  }

  /** Writes the rows (the last of any repeated id wins) and returns how many of each entity. */
  Map<String, Integer> write(List<StagedRow> staged) {
    Map<OrukTable, Map<UUID, StagedRow>> tables = new EnumMap<>(OrukTable.class);
    for (StagedRow row : staged) {
      tables
          .computeIfAbsent(row.table, t -> new LinkedHashMap<>())
          .put((UUID) row.values.get("id"), row);
    }
    clearChildren(tables);
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.forEach(
        (table, rows) -> {
          upsert(table, new ArrayList<>(rows.values()));
          counts.put(table.entity, rows.size());
        });
    return counts;
  }

  private void clearChildren(Map<OrukTable, Map<UUID, StagedRow>> tables) {
    UUID[] services = ids(tables, OrukTable.SERVICE);
    if (services.length > 0) {
      jdbc.update(
          "delete from directory_service_at_location where service_id = any(?)", (Object) services);
      for (OrukTable child :
          List.of(
              OrukTable.SCHEDULE,
              OrukTable.SERVICE_AREA,
              OrukTable.LANGUAGE,
              OrukTable.COST_OPTION,
              OrukTable.FUNDING,
              OrukTable.CONTACT,
              OrukTable.PHONE)) {
        jdbc.update("delete from " + child.table + " where service_id = any(?)", (Object) services);
      }
      deleteAttributes(services, "service");
    }
    UUID[] locations = ids(tables, OrukTable.LOCATION);
    if (locations.length > 0) {
      jdbc.update("delete from directory_address where location_id = any(?)", (Object) locations);
      jdbc.update(
          "delete from directory_accessibility where location_id = any(?)", (Object) locations);
      deleteAttributes(locations, "location");
    }
    UUID[] organizations = ids(tables, OrukTable.ORGANIZATION);
    if (organizations.length > 0) {
      jdbc.update(
          "delete from directory_organization_identifier where organization_id = any(?)",
          (Object) organizations);
      deleteAttributes(organizations, "organization");
    }
  }

  private void deleteAttributes(UUID[] ids, String entity) {
    jdbc.update(
        "delete from directory_attribute where link_id = any(?) and link_entity = ?", ids, entity);
  }

  private static UUID[] ids(Map<OrukTable, Map<UUID, StagedRow>> tables, OrukTable table) {
    return tables.getOrDefault(table, Map.of()).keySet().toArray(new UUID[0]);
  }

  private void upsert(OrukTable table, List<StagedRow> rows) {
    List<OrukColumn> list = columns.of(table);
    List<String> names = new ArrayList<>(list.stream().map(OrukColumn::name).toList());
    Map<String, UUID> owners = new HashMap<>();
    if (table == OrukTable.SERVICE) {
      names.addAll(List.of("verified_on", "owner_account"));
      owners = owners(rows);
    }
    StringBuilder sql =
        new StringBuilder("insert into ")
            .append(table.table)
            .append(" (")
            .append(String.join(", ", names))
            .append(") values (")
            .append(String.join(", ", names.stream().map(n -> "?").toList()))
            .append(") on conflict (id) do update set ");
    sql.append(
        String.join(
            ", ",
            names.stream().filter(n -> !n.equals("id")).map(n -> n + " = excluded." + n).toList()));
    if (table == OrukTable.SERVICE) {
      sql.append(", version = directory_service.version + 1");
    }
    boolean terms = table == OrukTable.TAXONOMY_TERM;
    List<Object[]> batch = new ArrayList<>();
    List<Object[]> parents = new ArrayList<>();
    for (StagedRow row : rows) {
      Object[] values = new Object[names.size()];
      for (int i = 0; i < list.size(); i++) {
        String name = list.get(i).name();
        Object value = row.values.get(name);
        if (terms && name.equals("parent_id")) {
          if (value != null) {
            parents.add(new Object[] {value, row.values.get("id")});
          }
          value = null;
        }
        values[i] = parameter(value);
      }
      if (table == OrukTable.SERVICE) {
        Object assured = row.values.get("assured_date");
        values[list.size()] = assured != null ? assured : LocalDate.now();
        String email = (String) row.values.get("assurer_email");
        values[list.size() + 1] =
            email == null ? null : owners.get(email.strip().toLowerCase(Locale.ROOT));
      }
      batch.add(values);
      if (batch.size() == BATCH) {
        jdbc.batchUpdate(sql.toString(), batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      jdbc.batchUpdate(sql.toString(), batch);
    }
    if (!parents.isEmpty()) {
      jdbc.batchUpdate("update directory_taxonomy_term set parent_id = ? where id = ?", parents);
    }
  }

  /** Typed nulls, so PostgreSQL need not guess a column's type from a bare null. */
  private static @Nullable Object parameter(@Nullable Object value) {
    return value == null ? new SqlParameterValue(Types.NULL, null) : value;
  }

  private Map<String, UUID> owners(List<StagedRow> rows) {
    String[] emails =
        rows.stream()
            .map(row -> (String) row.values.get("assurer_email"))
            .filter(email -> email != null)
            .map(email -> email.strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toArray(String[]::new);
    Map<String, UUID> owners = new HashMap<>();
    if (emails.length > 0) {
      jdbc.query(
          "select id, lower(email) as email from account where lower(email) = any(?)",
          row -> {
            owners.put(row.getString("email"), row.getObject("id", UUID.class));
          },
          (Object) emails);
    }
    return owners;
  }
}
