package care.tandem.directory.curating;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems anyone reports with a listing, and editors resolving them. Reporters are not asked who
 * they are; a listing holds at most {@link #MOST_OPEN} open reports, so a flood stores nothing
 * more.
 */
@Service
class ProblemReports {

  static final int MOST_OPEN = 20;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ProblemReports(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Stores the report once per idempotency key, unless the listing already has {@link #MOST_OPEN}
   * open reports. Either way the reporter is thanked: there is nothing more they could do.
   */
  @Transactional
  public void report(
      UUID serviceId, String description, UUID idempotencyKey, @Nullable Editor reporter) {
    jdbc.sql("select id from directory_service where id = ? for update")
        .param(serviceId)
        .query(UUID.class)
        .list();
    int open =
        jdbc.sql(
                "select count(*) from directory_problem_report where service_id = ?"
                    + " and status = 'open'")
            .param(serviceId)
            .query(Integer.class)
            .single();
    if (open >= MOST_OPEN) {
      return;
    }
    UUID id = UUID.randomUUID();
    int stored =
        jdbc.sql(
                "insert into directory_problem_report (id, service_id, description, reported_by,"
                    + " reported_at, idempotency_key) values (?, ?, ?, ?, ?, ?)"
                    + " on conflict (idempotency_key) do nothing")
            .params(
                id,
                serviceId,
                description,
                reporter == null ? null : reporter.accountId(),
                Timestamp.from(Instant.now()),
                idempotencyKey)
            .update();
    if (stored == 1) {
      audit.record(
          AuditEvent.success(
              reporter == null ? null : reporter.accountId(),
              reporter == null ? null : reporter.role(),
              "directory.problem-reported",
              Map.of("service", serviceId.toString(), "report", id.toString())));
    }
  }

  @Transactional(readOnly = true)
  public Optional<ProblemReport> findOpen(UUID reportId) {
    return jdbc.sql(
            "select id, service_id, description, reported_at from directory_problem_report"
                + " where id = ? and status = 'open'")
        .param(reportId)
        .query((rs, n) -> report(rs))
        .optional();
  }

  /** The open reports of these listings, oldest first. */
  @Transactional(readOnly = true)
  public List<ProblemReport> openFor(Collection<UUID> serviceIds) {
    if (serviceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, service_id, description, reported_at from directory_problem_report"
                + " where service_id in (:ids) and status = 'open' order by reported_at, id")
        .param("ids", List.copyOf(serviceIds))
        .query((rs, n) -> report(rs))
        .list();
  }

  /** Resolves an open report with the editor's note; false if it was already resolved. */
  @Transactional
  public boolean resolve(UUID reportId, String note, Editor editor) {
    int resolved =
        jdbc.sql(
                "update directory_problem_report set status = 'resolved', resolved_by = ?,"
                    + " resolved_at = ?, resolution = ? where id = ? and status = 'open'")
            .params(editor.accountId(), Timestamp.from(Instant.now()), note, reportId)
            .update();
    if (resolved == 1) {
      audit.record(
          AuditEvent.success(
              editor.accountId(),
              editor.role(),
              "directory.problem-resolved",
              Map.of("report", reportId.toString())));
    }
    return resolved == 1;
  }

  private static ProblemReport report(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ProblemReport(
        rs.getObject("id", UUID.class),
        rs.getObject("service_id", UUID.class),
        rs.getString("description"),
        rs.getTimestamp("reported_at").toInstant());
  }
}
