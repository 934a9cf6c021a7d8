package care.tandem.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversation threads in PostgreSQL. Every read names the person, so ids never cross records. */
@Repository
class ThreadRepository {

  private static final String COLUMNS =
      "select id, person_id, title, started_by, started_at from conversation_thread";

  private final JdbcClient jdbc;

  ThreadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ConversationThread> find(UUID person, UUID thread) {
    return jdbc.sql(COLUMNS + " where person_id = ? and id = ?")
        .params(person, thread)
        .query(ThreadRepository::thread)
        .optional();
  }

  Optional<ConversationThread> main(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? and title is null")
        .param(person)
        .query(ThreadRepository::thread)
        .optional();
  }

  /** The person's main conversation, started now if nobody has posted in it yet. */
  ConversationThread mainStartingIfNeeded(UUID person, UUID startedBy) {
    jdbc.sql(
            """
            insert into conversation_thread (id, person_id, title, started_by, started_at)
            values (?, ?, null, ?, ?)
            on conflict (person_id) where title is null do nothing
            """)
        .params(UUID.randomUUID(), person, startedBy, Times.column(Times.now()))
        .update();
    return main(person).orElseThrow();
  }

  /** The person's topic threads, the most recently active first. */
  List<ConversationThread> topics(UUID person) {
    return jdbc.sql(
            """
            select t.id, t.person_id, t.title, t.started_by, t.started_at
            from conversation_thread t
            left join lateral (select max(seq) as latest from conversation_message m
              where m.thread_id = t.id) activity on true
            where t.person_id = ? and t.title is not null
            order by activity.latest desc nulls last, t.started_at desc, t.id
            """)
        .param(person)
        .query(ThreadRepository::thread)
        .list();
  }

  Optional<ConversationThread> findByKey(UUID person, UUID startedBy, UUID idempotencyKey) {
    return jdbc.sql(COLUMNS + " where person_id = ? and started_by = ? and idempotency_key = ?")
        .params(person, startedBy, idempotencyKey)
        .query(ThreadRepository::thread)
        .optional();
  }

  /** False if the same author already started a thread with this idempotency key. */
  boolean insert(ConversationThread thread, @Nullable UUID idempotencyKey) {
    return jdbc.sql(
                """
                insert into conversation_thread (id, person_id, title, started_by, started_at,
                  idempotency_key)
                values (?, ?, ?, ?, ?, ?)
                on conflict (started_by, idempotency_key) do nothing
                """)
            .params(
                thread.id(),
                thread.person(),
                thread.title(),
                thread.startedBy(),
                Times.column(thread.startedAt()),
                idempotencyKey)
            .update()
        == 1;
  }

  /** A topic thread's size and what the account has not read of it. */
  record TopicStats(int messages, int unread, @Nullable Instant latest) {}

  /** Counts for each of the person's topic threads, for {@code account}. */
  Map<UUID, TopicStats> topicStats(UUID person, UUID account) {
    Map<UUID, TopicStats> stats = new HashMap<>();
    jdbc.sql(
            """
            select t.id, count(m.id) as messages,
              count(m.id) filter (where m.hidden_at is null
                and m.author_account_id is distinct from :account
                and m.seq > coalesce(r.read_up_to, 0)) as unread,
              max(m.posted_at) as latest
            from conversation_thread t
            left join conversation_message m on m.thread_id = t.id
            left join conversation_read r on r.thread_id = t.id and r.account_id = :account
            where t.person_id = :person and t.title is not null
            group by t.id
            """)
        .param("person", person)
        .param("account", account)
        .query(
            rs -> {
              stats.put(
                  rs.getObject("id", UUID.class),
                  new TopicStats(
                      rs.getInt("messages"),
                      rs.getInt("unread"),
                      Times.nullableInstant(rs, "latest")));
            });
    return stats;
  }

  private static ConversationThread thread(ResultSet rs, int row) throws SQLException {
    return new ConversationThread(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getString("title"),
        rs.getObject("started_by", UUID.class),
        Times.instant(rs, "started_at"));
  }
}
