package care.tandem.plan.flareup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flare-up plan versions in {@code plan_flare_up_version}; each part stored one item a line. */
@Repository
class FlareUpRepository {

  private static final String SELECT =
      """
      select person_id, version, early_signs, what_helps, what_to_avoid, who_to_contact,
             changed_by, changed_at
      from plan_flare_up_version
      """;

  private final JdbcClient jdbc;

  FlareUpRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The plan now: its highest version, or the empty plan. */
  FlareUpPlan current(UUID person) {
    return jdbc.sql(SELECT + " where person_id = ? order by version desc limit 1")
        .param(person)
        .query(FlareUpRepository::plan)
        .optional()
        .orElseGet(() -> FlareUpPlan.empty(person));
  }

  /** Whether a save with this key was stored already (a double submit). */
  boolean keyUsed(UUID key) {
    return jdbc.sql("select count(*) from plan_flare_up_version where idempotency_key = ?")
            .param(key)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Adds the version; false when that version number is taken (someone saved first) or the key was
   * used already. Runs inside the caller's transaction, so a refusal must leave it usable: the
   * conflict is skipped by the database rather than raised.
   */
  boolean insert(FlareUpPlan plan, UUID key) {
    return jdbc.sql(
                """
                  insert into plan_flare_up_version (person_id, version, early_signs, what_helps,
                    what_to_avoid, who_to_contact, changed_by, changed_at, idempotency_key)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                  on conflict do nothing
                  """)
            .params(
                plan.person(),
                plan.version(),
                lines(plan.earlySigns()),
                lines(plan.whatHelps()),
                lines(plan.whatToAvoid()),
                lines(plan.whoToContact()),
                plan.changedBy(),
                plan.changedAt() == null ? null : Timestamp.from(plan.changedAt()),
                key)
            .update()
        == 1;
  }

  private static String lines(List<String> items) {
    return String.join("\n", items);
  }

  private static List<String> items(String stored) {
    return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
  }

  private static FlareUpPlan plan(ResultSet row, int number) throws SQLException {
    return new FlareUpPlan(
        row.getObject("person_id", UUID.class),
        row.getInt("version"),
        items(row.getString("early_signs")),
        items(row.getString("what_helps")),
        items(row.getString("what_to_avoid")),
        items(row.getString("who_to_contact")),
        row.getObject("changed_by", UUID.class),
        row.getTimestamp("changed_at").toInstant());
  }
}
