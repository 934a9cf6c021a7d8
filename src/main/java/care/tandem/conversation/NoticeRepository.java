package care.tandem.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What is new for an account across records: unread messages (not their own, not hidden, past their
 * read marker) and replies asked of them. Callers pass only records the account may see.
 */
@Repository
class NoticeRepository {

  private static final String UNREAD =
      """
      m.hidden_at is null and m.author_account_id is distinct from :account
        and m.seq > coalesce(r.read_up_to, 0)
      """;

  private final JdbcClient jdbc;

  NoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<UUID, Integer> unreadCounts(UUID account, Collection<UUID> people) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (people.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select m.person_id, count(*) as unread from conversation_message m
            left join conversation_read r on r.thread_id = m.thread_id and r.account_id = :account
            where m.person_id in (:people) and
            """
                + UNREAD
                + " group by m.person_id")
        .param("account", account)
        .param("people", List.copyOf(people))
        .query(
            rs -> {
              counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
            });
    return counts;
  }

  /** A thread with unread messages, before names are looked up. */
  record Unread(
      UUID person,
      UUID thread,
      @Nullable String title,
      int unread,
      @Nullable UUID latestAuthor,
      boolean latestByThePerson,
      Instant latestAt) {}

  /** Threads with unread messages, the most recent first. */
  List<Unread> unreadThreads(UUID account, Collection<UUID> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select m.person_id, m.thread_id, t.title, count(*) as unread,
              (array_agg(m.author_account_id order by m.seq desc))[1] as latest_author,
              (array_agg(m.by_the_person order by m.seq desc))[1] as latest_by_the_person,
              max(m.posted_at) as latest_at
            from conversation_message m
            join conversation_thread t on t.id = m.thread_id
            left join conversation_read r on r.thread_id = m.thread_id and r.account_id = :account
            where m.person_id in (:people) and
            """
                + UNREAD
                + """
                 group by m.person_id, m.thread_id, t.title
                order by max(m.seq) desc
                """)
        .param("account", account)
        .param("people", List.copyOf(people))
        .query(
            (rs, row) ->
                new Unread(
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("thread_id", UUID.class),
                    rs.getString("title"),
                    rs.getInt("unread"),
                    rs.getObject("latest_author", UUID.class),
                    rs.getBoolean("latest_by_the_person"),
                    Times.instant(rs, "latest_at")))
        .list();
  }

  /** Messages asking the account to reply, still waiting, the oldest first. */
  List<Message> awaitingReplyFrom(UUID account, Collection<UUID> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            MessageRepository.COLUMNS
                + """
                 where m.reply_requested_from = :account and m.replied_at is null
                  and m.hidden_at is null and m.person_id in (:people)
                order by m.seq
                """)
        .param("account", account)
        .param("people", List.copyOf(people))
        .query(MessageRepository::message)
        .list();
  }

  /** How many messages are unread by the account or wait for its reply: the header's count. */
  int count(UUID account, Collection<UUID> people) {
    if (people.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            select count(*) from conversation_message m
            left join conversation_read r on r.thread_id = m.thread_id and r.account_id = :account
            where m.person_id in (:people) and m.hidden_at is null
              and ((m.author_account_id is distinct from :account
                    and m.seq > coalesce(r.read_up_to, 0))
                or (m.reply_requested_from = :account and m.replied_at is null))
            """)
        .param("account", account)
        .param("people", List.copyOf(people))
        .query(Integer.class)
        .single();
  }

  /** Titles of threads, by id: null for a main conversation. */
  Map<UUID, @Nullable String> titles(Collection<UUID> threads) {
    Map<UUID, @Nullable String> titles = new HashMap<>();
    if (threads.isEmpty()) {
      return titles;
    }
    jdbc.sql("select id, title from conversation_thread where id in (:ids)")
        .param("ids", List.copyOf(threads))
        .query(
            rs -> {
              titles.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
    return titles;
  }
}
