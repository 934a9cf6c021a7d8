package care.tandem.care;

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

/** Care team members in PostgreSQL. Leaving sets {@code left_at}; no row is ever deleted. */
@Repository
class TeamRepository {

  private static final String COLUMNS =
      """
      select id, person_id, account_id, team_role, service_id, organisation_id, lead, joined_at,
        left_at, added_by from care_team_member
      """;

  private final JdbcClient jdbc;

  TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CareTeamMember> current(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? and left_at is null order by joined_at, id")
        .param(person)
        .query(TeamRepository::member)
        .list();
  }

  List<CareTeamMember> everyone(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? order by joined_at, id")
        .param(person)
        .query(TeamRepository::member)
        .list();
  }

  Optional<CareTeamMember> find(UUID person, UUID memberId) {
    return jdbc.sql(COLUMNS + " where person_id = ? and id = ?")
        .params(person, memberId)
        .query(TeamRepository::member)
        .optional();
  }

  Optional<CareTeamMember> currentMembership(UUID person, UUID account) {
    return jdbc.sql(COLUMNS + " where person_id = ? and account_id = ? and left_at is null")
        .params(person, account)
        .query(TeamRepository::member)
        .optional();
  }

  /** False if the account is on the team already: nothing is added. */
  boolean insert(CareTeamMember member) {
    return jdbc.sql(
                """
                insert into care_team_member (id, person_id, account_id, team_role, service_id,
                  organisation_id, lead, joined_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(
                member.id(),
                member.personId(),
                member.accountId(),
                member.teamRole(),
                member.serviceId(),
                member.organisationId(),
                member.lead(),
                OffsetDateTime.ofInstant(member.joinedAt(), java.time.ZoneOffset.UTC),
                member.addedBy())
            .update()
        == 1;
  }

  boolean markLeft(UUID person, UUID memberId, UUID removedBy) {
    return jdbc.sql(
                """
                update care_team_member set left_at = now(), removed_by = ?
                where person_id = ? and id = ? and left_at is null
                """)
            .params(removedBy, person, memberId)
            .update()
        == 1;
  }

  private static CareTeamMember member(ResultSet rs, int row) throws SQLException {
    return new CareTeamMember(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("account_id", UUID.class),
        rs.getString("team_role"),
        rs.getObject("service_id", UUID.class),
        rs.getObject("organisation_id", UUID.class),
        rs.getBoolean("lead"),
        rs.getObject("joined_at", OffsetDateTime.class).toInstant(),
        instant(rs.getObject("left_at", OffsetDateTime.class)),
        rs.getObject("added_by", UUID.class));
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
