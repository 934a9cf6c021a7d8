package care.tandem.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every plan: who changed it, when, what the change was, and the whole plan as it
 * stood after it (JSON), so any earlier version can be shown as it was. Rows are never changed.
 */
@Repository
class PlanHistory {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  PlanHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(CarePlan plan, String what, String title, UUID actor, Instant at) {
    jdbc.sql(
            """
            insert into care_plan_version (person_id, version, what, title, changed_by,
              changed_at, snapshot)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
            """)
        .params(
            plan.person(),
            plan.version(),
            what,
            title,
            actor,
            PlanRows.utc(at),
            JSON.writeValueAsString(plan))
        .update();
  }

  /** The plan's changes, newest first. */
  List<PlanChange> changes(UUID person) {
    return jdbc.sql(
            """
            select version, what, title, changed_by, changed_at from care_plan_version
            where person_id = ? order by version desc
            """)
        .param(person)
        .query(
            (rs, n) ->
                new PlanChange(
                    rs.getInt("version"),
                    rs.getString("what"),
                    rs.getString("title"),
                    rs.getObject("changed_by", UUID.class),
                    PlanRows.instant(rs, "changed_at")))
        .list();
  }

  Optional<CarePlan> plan(UUID person, int version) {
    return jdbc.sql("select snapshot from care_plan_version where person_id = ? and version = ?")
        .params(person, version)
        .query(String.class)
        .optional()
        .map(json -> JSON.readValue(json, CarePlan.class));
  }
}
