package care.tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the audit log in id order and recomputes every hash. Reads in batches by id, so memory
 * stays flat however long the log grows, and needs no long transaction: writers append in id order
 * under one lock, so each batch simply continues where the last one ended.
 */
@Service
public class AuditChainVerifier {

  private static final int BATCH_SIZE = 1000;

  private final JdbcClient jdbc;
  private final int batchSize;
  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  AuditChainVerifier(JdbcClient jdbc) {
    this(jdbc, BATCH_SIZE);
  }

  AuditChainVerifier(JdbcClient jdbc, int batchSize) {
    this.jdbc = jdbc;
    this.batchSize = batchSize;
  }

  public ChainVerification verify() {
    long checked = 0;
    @Nullable Long lastId = null;
    String expectedPrevious = AuditChain.GENESIS;
    while (true) {
      List<StoredRow> batch = nextBatch(lastId == null ? 0 : lastId);
      for (StoredRow row : batch) {
        checked++;
        ChainVerification.@Nullable Problem problem = problemWith(row, expectedPrevious);
        if (problem != null) {
          ChainVerification.Break broken = new ChainVerification.Break(row.id(), lastId, problem);
          return new ChainVerification(
              checked, lastId, lastId == null ? null : expectedPrevious, broken);
        }
        lastId = row.id();
        expectedPrevious = row.hash();
      }
      if (batch.size() < batchSize) {
        return new ChainVerification(
            checked, lastId, lastId == null ? null : expectedPrevious, null);
      }
    }
  }

  private ChainVerification.@Nullable Problem problemWith(StoredRow row, String expectedPrevious) {
    if (!row.previousHash().equals(expectedPrevious)) {
      return ChainVerification.Problem.LINK_BROKEN;
    }
    Map<String, String> details = readDetails(row.details());
    if (details == null) {
      return ChainVerification.Problem.CONTENTS_CHANGED;
    }
    String recomputed =
        AuditChain.hash(
            row.previousHash(),
            row.occurredAt().toInstant(),
            row.actor(),
            row.actorRole(),
            row.person(),
            row.action(),
            row.outcome(),
            details);
    return recomputed.equals(row.hash()) ? null : ChainVerification.Problem.CONTENTS_CHANGED;
  }

  /** The details as written, or null if they are no longer a map of text to text. */
  private @Nullable Map<String, String> readDetails(String text) {
    try {
      JsonNode node = json.readTree(text);
      if (!node.isObject()) {
        return null;
      }
      Map<String, String> details = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (!entry.getValue().isString()) {
          return null;
        }
        details.put(entry.getKey(), entry.getValue().stringValue());
      }
      return details;
    } catch (JacksonException e) {
      return null;
    }
  }

  private List<StoredRow> nextBatch(long afterId) {
    return jdbc.sql(
            """
            select id, occurred_at, actor, actor_role, person, action, outcome,
                   details::text as details, previous_hash, hash
            from audit_event where id > ? order by id limit ?
            """)
        .params(afterId, batchSize)
        .query(AuditChainVerifier::storedRow)
        .list();
  }

  private static StoredRow storedRow(ResultSet rs, int rowNum) throws SQLException {
    return new StoredRow(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getObject("actor", UUID.class),
        rs.getString("actor_role"),
        rs.getObject("person", UUID.class),
        rs.getString("action"),
        rs.getString("outcome"),
        rs.getString("details"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }

  private record StoredRow(
      long id,
      OffsetDateTime occurredAt,
      @Nullable UUID actor,
      @Nullable String actorRole,
      @Nullable UUID person,
      String action,
      String outcome,
      String details,
      String previousHash,
      String hash) {}
}
