package care.tandem.measures.safety;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safety alerts and the alert writes that failed, in PostgreSQL. */
@Repository
class AlertRepository {

  private static final String COLUMNS =
      """
      select id, person_id, response_id, instrument, flagged, raised_at, owner_account, status,
        escalation_due_at, acknowledged_by, acknowledged_at, escalated_at, closed_by, closed_at,
        outcome, outcome_note, version
      from measures_alert
      """;

  private final JdbcClient jdbc;

  AlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the alert unless the response has one already. Returns false if it had. */
  boolean insert(SafetyAlert alert) {
    return jdbc.sql(
                """
                insert into measures_alert (id, person_id, response_id, instrument, flagged,
                  raised_at, owner_account, status, escalation_due_at)
                values (?, ?, ?, ?, ?::text[], ?, ?, 'open', ?)
                on conflict (response_id) do nothing
                """)
            .params(
                alert.id(),
                alert.person(),
                alert.response(),
                alert.instrument(),
                "{" + String.join(",", alert.flagged()) + "}",
                Timestamp.from(alert.raisedAt()),
                alert.owner(),
                Timestamp.from(alert.escalationDueAt()))
            .update()
        == 1;
  }

  Optional<SafetyAlert> find(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ?").param(id).query(AlertRepository::alert).optional();
  }

  Optional<SafetyAlert> forResponse(UUID response) {
    return jdbc.sql(COLUMNS + " where response_id = ?")
        .param(response)
        .query(AlertRepository::alert)
        .optional();
  }

  /** Alerts not yet closed for these people, oldest first. */
  List<SafetyAlert> waitingFor(Collection<UUID> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            COLUMNS + " where status <> 'closed' and person_id in (:people) order by raised_at, id")
        .param("people", List.copyOf(people))
        .query(AlertRepository::alert)
        .list();
  }

  /** Escalated alerts not yet closed that went to any of these services, oldest first. */
  List<SafetyAlert> escalatedTo(Collection<UUID> services) {
    if (services.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            COLUMNS
                + """
                 where status <> 'closed' and escalated_at is not null and id in (
                   select alert_id from measures_alert_escalation where service_id in (:services))
                 order by raised_at, id
                """)
        .param("services", List.copyOf(services))
        .query(AlertRepository::alert)
        .list();
  }

  /** Every alert for the person, open and closed, newest first: the record's alert history. */
  List<SafetyAlert> allFor(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? order by raised_at desc, id")
        .param(person)
        .query(AlertRepository::alert)
        .list();
  }

  /** The person's alerts not yet closed, oldest first. */
  List<SafetyAlert> notClosedFor(UUID person) {
    return waitingFor(List.of(person));
  }

  /**
   * How many alerts are not closed for people on the account's care teams: one query over the
   * partial index of alerts not closed and the team index by account, cheap enough for the header
   * of every page.
   */
  int countNotClosedForTeamsOf(UUID account) {
    return jdbc.sql(
            """
            select count(*) from measures_alert a
            where a.status <> 'closed' and exists (
              select 1 from care_team_member m
              where m.person_id = a.person_id and m.account_id = ? and m.left_at is null)
            """)
        .param(account)
        .query(Integer.class)
        .single();
  }

  boolean anyNotClosedFor(UUID person) {
    return jdbc.sql(
            "select exists (select 1 from measures_alert where person_id = ? and status <> 'closed')")
        .param(person)
        .query(Boolean.class)
        .single();
  }

  boolean acknowledge(UUID id, int version, UUID by, Instant at, UUID key) {
    return jdbc.sql(
                """
                update measures_alert set status = 'acknowledged', acknowledged_by = ?,
                  acknowledged_at = ?, acknowledge_key = ?, version = version + 1
                where id = ? and version = ? and status = 'open'
                """)
            .params(by, Timestamp.from(at), key, id, version)
            .update()
        == 1;
  }

  boolean close(
      UUID id,
      int version,
      UUID by,
      Instant at,
      SafetyAlert.Outcome outcome,
      @Nullable String note,
      UUID key) {
    return jdbc.sql(
                """
                update measures_alert set status = 'closed', closed_by = ?, closed_at = ?,
                  outcome = ?, outcome_note = ?, close_key = ?, version = version + 1
                where id = ? and version = ? and status <> 'closed'
                """)
            .params(by, Timestamp.from(at), outcome.code, note, key, id, version)
            .update()
        == 1;
  }

  /** Whether this key already made the change (a repeated post of the same form). */
  boolean doneWithKey(UUID id, UUID key) {
    return jdbc.sql(
            """
            select exists (select 1 from measures_alert
              where id = ? and (acknowledge_key = ? or close_key = ?))
            """)
        .params(id, key, key)
        .query(Boolean.class)
        .single();
  }

  /** Marks the alert escalated if it is still open and was not already. */
  boolean escalate(UUID id, Instant at, Collection<UUID> services) {
    boolean escalated =
        jdbc.sql(
                    """
                    update measures_alert set escalated_at = ?, version = version + 1
                    where id = ? and status = 'open' and escalated_at is null
                    """)
                .params(Timestamp.from(at), id)
                .update()
            == 1;
    if (escalated) {
      for (UUID service : services) {
        jdbc.sql("insert into measures_alert_escalation (alert_id, service_id) values (?, ?)")
            .params(id, service)
            .update();
      }
    }
    return escalated;
  }

  List<UUID> escalatedServices(UUID id) {
    return jdbc.sql("select service_id from measures_alert_escalation where alert_id = ?")
        .param(id)
        .query(UUID.class)
        .list();
  }

  /** The values given to these questions of the response, by linkId. */
  /** Why the response that raised an alert was refused, when a connected system's was. */
  Optional<String> refusal(UUID response) {
    return jdbc.sql("select refusal from measures_response where id = ? and refusal is not null")
        .param(response)
        .query(String.class)
        .optional();
  }

  Map<String, Integer> answers(UUID response, List<String> linkIds) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    jdbc.sql(
            """
            select link_id, value from measures_answer
            where response_id = :response and link_id in (:links)
            """)
        .param("response", response)
        .param("links", linkIds)
        .query(
            rs -> {
              answers.put(rs.getString("link_id"), rs.getInt("value"));
            });
    return answers;
  }

  private static SafetyAlert alert(ResultSet rs, int row) throws SQLException {
    return new SafetyAlert(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("response_id", UUID.class),
        rs.getString("instrument"),
        texts(rs.getArray("flagged")),
        instant(rs, "raised_at"),
        rs.getObject("owner_account", UUID.class),
        SafetyAlert.Status.of(rs.getString("status")),
        instant(rs, "escalation_due_at"),
        rs.getObject("acknowledged_by", UUID.class),
        instant(rs, "acknowledged_at"),
        instant(rs, "escalated_at"),
        rs.getObject("closed_by", UUID.class),
        instant(rs, "closed_at"),
        SafetyAlert.Outcome.of(rs.getString("outcome")),
        rs.getString("outcome_note"),
        rs.getInt("version"));
  }

  static List<String> texts(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
