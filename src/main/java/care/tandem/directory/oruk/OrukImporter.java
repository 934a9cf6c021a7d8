package care.tandem.directory.oruk;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports directory listings from ORUK JSON or an HSDS CSV datapackage, all or nothing: every
 * record is checked first, and one rejected record means nothing changes and the report names it. A
 * dry run checks everything, writes it inside a transaction to meet the database's own checks, then
 * rolls it back. Every import is audited with its counts, never its content.
 */
@Service
public class OrukImporter {

  private final JdbcTemplate jdbc;
  private final OrukColumns columns;
  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final JsonMapper json = JsonMapper.builder().build();

  OrukImporter(
      JdbcTemplate jdbc,
      OrukColumns columns,
      PlatformTransactionManager transactions,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.columns = columns;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /** Who asked for an import, for the audit log (a null account for a start-up command). */
  public record Importer(@Nullable UUID account, @Nullable String role, String via) {}

  /** ORUK JSON: one service, an array of them, a list page, or a Tandem export. */
  public ImportReport importJson(byte[] content, boolean dryRun, Importer importer) {
    ImportBatch batch = new ImportBatch();
    try {
      new OrukJsonFlattener(batch).read(json.readTree(content));
    } catch (JacksonException e) {
      batch.problem("JSON", "cannot be read: " + firstLine(e.getOriginalMessage()));
    }
    return run(batch, dryRun, importer, "json");
  }

  /** Nested JSON already read (from a feed). */
  ImportReport importNodes(
      List<JsonNode> services, boolean dryRun, Importer importer, String kind) {
    ImportBatch batch = new ImportBatch();
    OrukJsonFlattener flattener = new OrukJsonFlattener(batch);
    services.forEach(flattener::read);
    return run(batch, dryRun, importer, kind);
  }

  /** An HSDS CSV datapackage already read into rows. */
  ImportReport importBatch(ImportBatch batch, boolean dryRun, Importer importer, String kind) {
    return run(batch, dryRun, importer, kind);
  }

  private ImportReport run(ImportBatch batch, boolean dryRun, Importer importer, String kind) {
    ImportChecks checks = new ImportChecks(columns);
    Map<String, Integer> counts = new LinkedHashMap<>();
    try {
      transaction.executeWithoutResult(
          status -> {
            checks.check(batch, this::existing);
            if (checks.rejected().isEmpty()) {
              counts.putAll(new ImportWriter(jdbc, columns).write(batch.rows));
            }
            if (dryRun || !checks.rejected().isEmpty()) {
              status.setRollbackOnly();
            }
          });
    } catch (DataAccessException e) {
      checks
          .rejected()
          .add(
              new ImportProblem(
                  "import",
                  "(all)",
                  null,
                  "breaks a rule of the directory's tables: "
                      + firstLine(e.getMostSpecificCause().getMessage()),
                  null));
    }
    boolean accepted = checks.rejected().isEmpty();
    ImportReport report =
        new ImportReport(
            dryRun,
            accepted && !dryRun,
            accepted ? counts : Map.of(),
            List.copyOf(checks.rejected()),
            List.copyOf(checks.warnings()));
    audit(report, importer, kind);
    return report;
  }

  private Set<UUID> existing(OrukTable table, Set<UUID> ids) {
    return new HashSet<>(
        jdbc.queryForList(
            "select id from " + table.table + " where id = any(?)",
            UUID.class,
            (Object) ids.toArray(new UUID[0])));
  }

  private void audit(ImportReport report, Importer importer, String kind) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("via", importer.via());
    details.put("format", kind);
    details.put("dry-run", Boolean.toString(report.dryRun()));
    details.put("services", Integer.toString(report.services()));
    details.put("organizations", Integer.toString(report.counts().getOrDefault("organization", 0)));
    details.put("locations", Integer.toString(report.counts().getOrDefault("location", 0)));
    details.put("rejected", Integer.toString(report.rejected().size()));
    details.put("warnings", Integer.toString(report.warnings().size()));
    AuditEvent event =
        report.accepted()
            ? AuditEvent.success(importer.account(), importer.role(), "directory.import", details)
            : AuditEvent.failure(importer.account(), importer.role(), "directory.import", details);
    audit.record(event);
  }

  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no reason given";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
