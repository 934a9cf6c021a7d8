package care.tandem.audit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What only the database owner can do to the audit log: switch off its append-only trigger, change
 * or remove a row, and put the row back so later tests find an unbroken chain again.
 */
public final class DatabaseOwner {

  private final JdbcClient jdbc;

  public DatabaseOwner(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every column of a row, as stored, so it can be put back exactly. */
  public Map<String, Object> row(long id) {
    return jdbc.sql(
            "select id, occurred_at, actor, actor_role, person, action, outcome,"
                + " details::text as details, previous_hash, hash from audit_event where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  public void tamper(String sql, Object... params) {
    jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
    try {
      jdbc.sql(sql).params(params).update();
    } finally {
      jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
    }
  }

  public void putBack(Map<String, Object> row) {
    tamper("delete from audit_event where id = ?", row.get("id"));
    jdbc.sql(
            """
            insert into audit_event
              (id, occurred_at, actor, actor_role, person, action, outcome, details,
               previous_hash, hash)
            overriding system value
            values (:id, :occurred_at, :actor, :actor_role, :person, :action, :outcome,
                    cast(:details as jsonb), :previous_hash, :hash)
            """)
        .params(row)
        .update();
  }
}
