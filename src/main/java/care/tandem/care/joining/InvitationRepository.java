package care.tandem.care.joining;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, and the person record's link to its own account (this module's table). */
@Repository
class InvitationRepository {

  private static final String COLUMNS =
      "id, person_id, method, email, status, invited_by, created_at, expires_at, opened_at,"
          + " failed_tries, ended_at, ended_by";

  private final JdbcClient jdbc;

  InvitationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Invitation> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from care_invitation where id = ?")
        .param(id)
        .query(InvitationRepository::map)
        .optional();
  }

  /** Locks the row for the rest of the transaction, so two tries cannot both count as one. */
  Optional<Invitation> findForUpdate(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from care_invitation where id = ? for update")
        .param(id)
        .query(InvitationRepository::map)
        .optional();
  }

  Optional<Invitation> findByCode(byte[] hash) {
    return jdbc.sql("select " + COLUMNS + " from care_invitation where code_hash = ?")
        .param(hash)
        .query(InvitationRepository::map)
        .optional();
  }

  Optional<Invitation> findByIdempotencyKey(UUID key) {
    return jdbc.sql("select " + COLUMNS + " from care_invitation where idempotency_key = ?")
        .param(key)
        .query(InvitationRepository::map)
        .optional();
  }

  /** Every invitation to the person, newest first. */
  List<Invitation> allFor(UUID person) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from care_invitation where person_id = ?"
                + " order by created_at desc, id")
        .param(person)
        .query(InvitationRepository::map)
        .list();
  }

  /** The person's invitation still in SENT or OPENED (perhaps expired), locked for update. */
  Optional<Invitation> currentFor(UUID person) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from care_invitation where person_id = ?"
                + " and status in ('SENT', 'OPENED') for update")
        .param(person)
        .query(InvitationRepository::map)
        .optional();
  }

  boolean insert(
      UUID id,
      UUID person,
      Invitation.Method method,
      @Nullable String email,
      byte[] hash,
      UUID invitedBy,
      Instant now,
      Instant expires,
      @Nullable UUID key) {
    return jdbc.sql(
                """
                insert into care_invitation (id, person_id, method, email, code_hash, status,
                  invited_by, created_at, expires_at, idempotency_key)
                values (?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)
                on conflict do nothing
                """)
            .params(id, person, method.name(), email, hash, invitedBy, at(now), at(expires), key)
            .update()
        == 1;
  }

  void end(UUID id, Invitation.Status status, @Nullable UUID by, Instant now) {
    jdbc.sql("update care_invitation set status = ?, ended_at = ?, ended_by = ? where id = ?")
        .params(status.name(), at(now), by, id)
        .update();
  }

  void opened(UUID id, Instant now) {
    jdbc.sql(
            """
            update care_invitation set status = 'OPENED', opened_at = coalesce(opened_at, ?)
            where id = ? and status in ('SENT', 'OPENED')
            """)
        .params(at(now), id)
        .update();
  }

  int wrongTry(UUID id) {
    return jdbc.sql(
            "update care_invitation set failed_tries = failed_tries + 1 where id = ?"
                + " returning failed_tries")
        .param(id)
        .query(Integer.class)
        .single();
  }

  /** The person's own account, if linked. */
  Optional<UUID> accountOf(UUID person) {
    return jdbc.sql("select account_id from person where id = ? and account_id is not null")
        .param(person)
        .query(UUID.class)
        .optional();
  }

  /** Links only a record with no account to an account with no record; false otherwise. */
  boolean link(UUID person, UUID account) {
    return jdbc.sql(
                """
                update person set account_id = :account where id = :person and account_id is null
                  and not exists (select 1 from person where account_id = :account)
                """)
            .param("person", person)
            .param("account", account)
            .update()
        == 1;
  }

  boolean unlink(UUID person, UUID account) {
    return jdbc.sql("update person set account_id = null where id = ? and account_id = ?")
            .params(person, account)
            .update()
        == 1;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  private static Invitation map(ResultSet rs, int row) throws SQLException {
    return new Invitation(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        Invitation.Method.valueOf(rs.getString("method")),
        rs.getString("email"),
        Invitation.Status.valueOf(rs.getString("status")),
        rs.getObject("invited_by", UUID.class),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        nullableInstant(rs, "opened_at"),
        rs.getInt("failed_tries"),
        nullableInstant(rs, "ended_at"),
        rs.getObject("ended_by", UUID.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static @Nullable Instant nullableInstant(ResultSet rs, String column)
      throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
