package care.tandem.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Goals and actions read from their rows, and the UTC timestamps the plan tables keep. */
final class PlanRows {

  static Goal goal(ResultSet rs, int row) throws SQLException {
    return new Goal(
        rs.getObject("id", UUID.class),
        PlanSection.valueOf(rs.getString("section")),
        rs.getString("title"),
        rs.getString("target"),
        rs.getObject("owner_account_id", UUID.class),
        GoalStatus.valueOf(rs.getString("status")),
        rs.getObject("review_date", LocalDate.class),
        rs.getInt("changed_in_version"),
        rs.getObject("created_by", UUID.class),
        instant(rs, "created_at"),
        rs.getObject("updated_by", UUID.class),
        instant(rs, "updated_at"));
  }

  static PlanAction action(ResultSet rs, int row) throws SQLException {
    return new PlanAction(
        rs.getObject("id", UUID.class),
        PlanSection.valueOf(rs.getString("section")),
        rs.getString("what"),
        rs.getObject("assignee_account_id", UUID.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getBoolean("done"),
        rs.getInt("changed_in_version"),
        rs.getObject("created_by", UUID.class),
        instant(rs, "created_at"),
        rs.getObject("updated_by", UUID.class),
        instant(rs, "updated_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private PlanRows() {}
}
