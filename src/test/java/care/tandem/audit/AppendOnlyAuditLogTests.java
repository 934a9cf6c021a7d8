package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
@Isolated("it counts every audit entry")
class AppendOnlyAuditLogTests {

  @Autowired AuditLog auditLog;
  @Autowired JdbcClient jdbc;

  long rowsBefore;

  @BeforeEach
  void recordAnEvent() {
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", "sam")));
    rowsBefore = rows();
  }

  @Test
  void databaseRefusesToChangeARow() {
    assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'success'").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("select count(*) from audit_event where outcome = 'failure'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void databaseRefusesToDeleteARow() {
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(rows()).isEqualTo(rowsBefore);
  }

  @Test
  void databaseRefusesToEmptyTheLog() {
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(rows()).isEqualTo(rowsBefore);
  }

  @Test
  void databaseRefusesASecondRowAfterTheSamePredecessor() {
    String previous =
        jdbc.sql("select previous_hash from audit_event order by id desc limit 1")
            .query(String.class)
            .single();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into audit_event (occurred_at, action, outcome, previous_hash,"
                            + " hash) values (now(), 'fork', 'success', ?, 'forged')")
                    .param(previous)
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThat(rows()).isEqualTo(rowsBefore);
  }

  private long rows() {
    return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
  }
}
