package care.tandem.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log. An advisory lock held to the end of the transaction serialises writers
 * so every row links to exactly one predecessor, even across application nodes.
 */
@Component
class JdbcAuditLog implements AuditLog {

  /** Arbitrary constant naming the audit chain's advisory lock. */
  private static final long CHAIN_LOCK = 7_245_001L;

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditEvent event) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
    String previous =
        jdbc.sql("select hash from audit_event order by id desc limit 1")
            .query(String.class)
            .optional()
            .orElse(AuditChain.GENESIS);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Map<String, String> details = new TreeMap<>(event.details());
    String hash =
        AuditChain.hash(
            previous,
            now,
            event.actor(),
            event.actorRole(),
            event.person(),
            event.action(),
            event.outcome(),
            details);
    jdbc.sql(
            """
            insert into audit_event
              (occurred_at, actor, actor_role, person, action, outcome, details, previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
            """)
        .params(
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            event.actor(),
            event.actorRole(),
            event.person(),
            event.action(),
            event.outcome(),
            json.writeValueAsString(details),
            previous,
            hash)
        .update();
  }
}
