package care.tandem.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far each account has read each thread. A marker only ever moves forward. */
@Repository
class ReadMarkers {

  private final JdbcClient jdbc;

  ReadMarkers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ReadMarker> inThread(UUID thread) {
    return jdbc.sql(
            """
            select thread_id, account_id, read_up_to, read_at from conversation_read
            where thread_id = ?
            """)
        .param(thread)
        .query(
            (rs, row) ->
                new ReadMarker(
                    rs.getObject("thread_id", UUID.class),
                    rs.getObject("account_id", UUID.class),
                    rs.getLong("read_up_to"),
                    Times.instant(rs, "read_at")))
        .list();
  }

  /** Marks the thread read up to {@code seq}; false if the account had read that far already. */
  boolean markRead(UUID thread, UUID account, long seq, Instant at) {
    return jdbc.sql(
                """
                insert into conversation_read (thread_id, account_id, read_up_to, read_at)
                values (?, ?, ?, ?)
                on conflict (thread_id, account_id) do update
                  set read_up_to = excluded.read_up_to, read_at = excluded.read_at
                  where conversation_read.read_up_to < excluded.read_up_to
                """)
            .params(thread, account, seq, Times.column(at))
            .update()
        == 1;
  }
}
