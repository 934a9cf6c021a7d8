package care.tandem.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages and their earlier texts in PostgreSQL. No row is ever deleted; reads within a record
 * name the person, so a message id from another record finds nothing.
 */
@Repository
class MessageRepository {

  static final String COLUMNS =
      """
      select m.id, m.seq, m.thread_id, m.person_id, m.author_account_id, m.by_the_person, m.text,
        m.posted_at, m.reply_requested_from, m.replied_at, m.version, m.edited_at, m.hidden_at
      from conversation_message m
      """;

  private final JdbcClient jdbc;

  MessageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A thread's messages in the order they were posted. */
  List<Message> inThread(UUID thread) {
    return jdbc.sql(COLUMNS + " where m.thread_id = ? order by m.seq")
        .param(thread)
        .query(MessageRepository::message)
        .list();
  }

  Optional<Message> find(UUID person, UUID message) {
    return jdbc.sql(COLUMNS + " where m.person_id = ? and m.id = ?")
        .params(person, message)
        .query(MessageRepository::message)
        .optional();
  }

  /** Any message by id, whoever's record it is on: for an admin acting on a reported message. */
  Optional<Message> findAnywhere(UUID message) {
    return jdbc.sql(COLUMNS + " where m.id = ?")
        .param(message)
        .query(MessageRepository::message)
        .optional();
  }

  Optional<Message> findByKey(UUID author, UUID idempotencyKey) {
    return jdbc.sql(COLUMNS + " where m.author_account_id = ? and m.idempotency_key = ?")
        .params(author, idempotencyKey)
        .query(MessageRepository::message)
        .optional();
  }

  /** The record's latest messages, newest first. */
  List<Message> latest(UUID person, int limit) {
    return jdbc.sql(COLUMNS + " where m.person_id = ? order by m.seq desc limit ?")
        .params(person, limit)
        .query(MessageRepository::message)
        .list();
  }

  /** The record's messages posted after {@code since}, oldest first. */
  List<Message> postedSince(UUID person, Instant since) {
    return jdbc.sql(COLUMNS + " where m.person_id = ? and m.posted_at > ? order by m.seq")
        .params(person, Times.column(since))
        .query(MessageRepository::message)
        .list();
  }

  /**
   * Stores a new message, returning its place in the order of posting; empty if the author already
   * posted one with this idempotency key (nothing is stored).
   */
  Optional<Long> insert(Message message, @Nullable UUID idempotencyKey) {
    return jdbc.sql(
            """
            insert into conversation_message (id, thread_id, person_id, author_account_id,
              by_the_person, text, posted_at, reply_requested_from, idempotency_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (author_account_id, idempotency_key) do nothing
            returning seq
            """)
        .params(
            message.id(),
            message.thread(),
            message.person(),
            message.author(),
            message.byThePerson(),
            message.text(),
            Times.column(message.postedAt()),
            message.replyRequestedFrom(),
            idempotencyKey)
        .query(Long.class)
        .optional();
  }

  /** Answers every request in the thread for {@code author} to reply, made before {@code reply}. */
  int markReplied(UUID thread, UUID author, UUID reply, long replySeq, Instant at) {
    return jdbc.sql(
            """
            update conversation_message set replied_at = ?, reply_id = ?
            where thread_id = ? and reply_requested_from = ? and replied_at is null and seq < ?
            """)
        .params(Times.column(at), reply, thread, author, replySeq)
        .update();
  }

  /**
   * Replaces a message's text if it is still at {@code version}, keeping the text it replaces.
   * False when someone (the author, in another window) changed it first.
   */
  boolean edit(Message current, int version, String text, Instant at) {
    if (current.version() != version) {
      return false;
    }
    int changed =
        jdbc.sql(
                """
                update conversation_message set text = ?, version = version + 1, edited_at = ?
                where id = ? and version = ? and hidden_at is null
                """)
            .params(text, Times.column(at), current.id(), version)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql(
            """
            insert into conversation_message_edit (message_id, version, text, written_at,
              replaced_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(
            current.id(),
            version,
            current.text(),
            Times.column(current.editedAt() == null ? current.postedAt() : current.editedAt()),
            Times.column(at))
        .update();
    return true;
  }

  /** Every earlier text of these messages, oldest first for each. */
  List<EarlierText> earlierTexts(Collection<UUID> messages) {
    if (messages.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select message_id, version, text, written_at, replaced_at
            from conversation_message_edit where message_id in (:ids) order by message_id, version
            """)
        .param("ids", List.copyOf(messages))
        .query(
            (rs, row) ->
                new EarlierText(
                    rs.getObject("message_id", UUID.class),
                    rs.getInt("version"),
                    rs.getString("text"),
                    Times.instant(rs, "written_at"),
                    Times.instant(rs, "replaced_at")))
        .list();
  }

  /** Hides a message; false if it was hidden already. */
  boolean hide(UUID message, UUID admin, String reason, Instant at) {
    return jdbc.sql(
                """
                update conversation_message set hidden_at = ?, hidden_by = ?, hidden_reason = ?
                where id = ? and hidden_at is null
                """)
            .params(Times.column(at), admin, reason, message)
            .update()
        == 1;
  }

  Optional<String> hiddenReason(UUID message) {
    return jdbc.sql(
            "select hidden_reason from conversation_message where id = ? and hidden_reason is not null")
        .param(message)
        .query(String.class)
        .optional();
  }

  static Message message(ResultSet rs, int row) throws SQLException {
    return new Message(
        rs.getObject("id", UUID.class),
        rs.getLong("seq"),
        rs.getObject("thread_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("author_account_id", UUID.class),
        rs.getBoolean("by_the_person"),
        rs.getString("text"),
        Times.instant(rs, "posted_at"),
        rs.getObject("reply_requested_from", UUID.class),
        Times.nullableInstant(rs, "replied_at"),
        rs.getInt("version"),
        Times.nullableInstant(rs, "edited_at"),
        Times.nullableInstant(rs, "hidden_at"));
  }
}
