package care.tandem.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Team requests in PostgreSQL. A decision only lands on a request that is still open. */
@Repository
class TeamRequestRepository {

  private static final String COLUMNS =
      """
      select id, person_id, kind, requested_by, to_service_id, practitioner_id, member_id,
        question, status, joined_account_id, decline_reason, decided_by, decided_at, created_at
      from team_request
      """;

  private final JdbcClient jdbc;

  TeamRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<TeamRequest> find(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ?")
        .param(id)
        .query(TeamRequestRepository::request)
        .optional();
  }

  Optional<UUID> findByIdempotencyKey(UUID key) {
    return jdbc.sql("select id from team_request where idempotency_key = ?")
        .param(key)
        .query(UUID.class)
        .optional();
  }

  List<TeamRequest> forPerson(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? order by created_at desc, id")
        .param(person)
        .query(TeamRequestRepository::request)
        .list();
  }

  /** Open requests the account could decide: to its services, inviting it, or about its teams. */
  List<TeamRequest> openFor(UUID account) {
    return jdbc.sql(
            COLUMNS
                + """
                 where status = 'OPEN' and (
                   to_service_id in (select service_id from account_service where account_id = :a)
                   or practitioner_id = :a
                   or (kind = 'REMOVE_MEMBER' and person_id in (select person_id
                     from care_team_member where account_id = :a and lead and left_at is null))
                   or member_id in (select id from care_team_member where account_id = :a))
                 order by created_at, id
                """)
        .param("a", account)
        .query(TeamRequestRepository::request)
        .list();
  }

  boolean insert(
      UUID id,
      UUID person,
      TeamRequest.Kind kind,
      UUID requestedBy,
      @Nullable UUID toService,
      @Nullable UUID practitioner,
      @Nullable UUID member,
      String question,
      UUID idempotencyKey) {
    return jdbc.sql(
                """
                insert into team_request (id, person_id, kind, requested_by, to_service_id,
                  practitioner_id, member_id, question, idempotency_key, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict do nothing
                """)
            .params(
                id,
                person,
                kind.name(),
                requestedBy,
                toService,
                practitioner,
                member,
                question,
                idempotencyKey)
            .update()
        == 1;
  }

  /** False if the request was no longer open (decided by someone else first). */
  boolean decide(
      UUID id,
      TeamRequest.Status status,
      UUID decidedBy,
      @Nullable UUID joined,
      @Nullable String declineReason) {
    return jdbc.sql(
                """
                update team_request set status = ?, decided_by = ?, decided_at = now(),
                  joined_account_id = ?, decline_reason = ?, version = version + 1
                where id = ? and status = 'OPEN'
                """)
            .params(status.name(), decidedBy, joined, declineReason, id)
            .update()
        == 1;
  }

  private static TeamRequest request(ResultSet rs, int row) throws SQLException {
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new TeamRequest(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        TeamRequest.Kind.valueOf(rs.getString("kind")),
        rs.getObject("requested_by", UUID.class),
        rs.getObject("to_service_id", UUID.class),
        rs.getObject("practitioner_id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getString("question"),
        TeamRequest.Status.valueOf(rs.getString("status")),
        rs.getObject("joined_account_id", UUID.class),
        rs.getString("decline_reason"),
        rs.getObject("decided_by", UUID.class),
        decided == null ? null : decided.toInstant(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
