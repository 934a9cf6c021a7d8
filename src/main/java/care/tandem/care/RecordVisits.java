package care.tandem.care;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each account last looked at each record, for "what changed since I last looked". Not an
 * access check: call {@link CareAccess#require} first.
 */
@Service
public class RecordVisits {

  private final JdbcClient jdbc;

  RecordVisits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** When the account last looked at the record, if ever. */
  public Optional<Instant> lastSeen(UUID person, UUID account) {
    return jdbc.sql(
            "select last_seen_at from care_record_visit where person_id = ? and account_id = ?")
        .params(person, account)
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  /**
   * Records a look now and returns the one before it (empty on a first visit), so a page can show
   * what changed since then.
   */
  @Transactional
  public Optional<Instant> visit(UUID person, UUID account) {
    Optional<Instant> before = lastSeen(person, account);
    jdbc.sql(
            """
            insert into care_record_visit (person_id, account_id, last_seen_at) values (?, ?, now())
            on conflict (person_id, account_id) do update set last_seen_at = excluded.last_seen_at
            """)
        .params(person, account)
        .update();
    return before;
  }
}
