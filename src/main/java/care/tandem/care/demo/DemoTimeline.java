package care.tandem.care.demo;

import care.tandem.care.CareTeamMemberJoined;
import care.tandem.care.CareTeamMemberLeft;
import care.tandem.care.timeline.TeamChangesOnTimeline;
import care.tandem.system.demo.DemoSeeding;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo people's teams are written straight into the database by the demo seed, without the
 * events that put joins on a timeline; this replays them as events once the seed has run, so a
 * newcomer sees each team's story. Entries are named by the team place, so it adds nothing twice.
 * Demo profile only.
 */
@Component
@Profile("demo")
class DemoTimeline extends DemoSeeding {

  private final JdbcClient jdbc;
  private final TeamChangesOnTimeline team;
  private final TransactionTemplate transaction;

  DemoTimeline(JdbcClient jdbc, TeamChangesOnTimeline team, TransactionTemplate transaction) {
    super(TIMELINE);
    this.jdbc = jdbc;
    this.team = team;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    transaction.executeWithoutResult(status -> replayTeams());
  }

  private void replayTeams() {
    jdbc.sql(
            """
            select id, person_id, account_id, team_role, lead, joined_at, added_by, left_at,
              removed_by
            from care_team_member where person_id = any(:people)
            """)
        .param("people", DemoPeople.ALL.toArray(UUID[]::new))
        .query(
            rs -> {
              UUID member = rs.getObject("id", UUID.class);
              UUID person = rs.getObject("person_id", UUID.class);
              UUID account = rs.getObject("account_id", UUID.class);
              UUID addedBy = rs.getObject("added_by", UUID.class);
              team.on(
                  new CareTeamMemberJoined(
                      person,
                      member,
                      account,
                      rs.getString("team_role"),
                      rs.getBoolean("lead"),
                      addedBy == null ? account : addedBy,
                      rs.getObject("joined_at", OffsetDateTime.class).toInstant()));
              OffsetDateTime left = rs.getObject("left_at", OffsetDateTime.class);
              if (left != null) {
                UUID removedBy = rs.getObject("removed_by", UUID.class);
                team.on(
                    new CareTeamMemberLeft(
                        person,
                        member,
                        account,
                        removedBy == null ? account : removedBy,
                        left.toInstant()));
              }
            });
  }
}
