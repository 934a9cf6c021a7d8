package care.tandem.learning.pathways;

import static care.tandem.learning.pathways.PathwayRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People on pathways, their pace and their progress through the released steps. */
@Repository
class EnrolmentRepository {

  private static final String COLUMNS =
      "id, person_id, pathway_id, version, offered_by, offered_at, pace, quiet_time, paused,"
          + " snoozed_until, next_release_at, reminders_stopped, row_version";

  private final JdbcClient jdbc;

  EnrolmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the person to the pathway's version, once per key; the enrolment's id. */
  UUID insert(
      UUID person, Pathway pathway, UUID offeredBy, Instant at, UUID key, String stopToken) {
    jdbc.sql(
            """
            insert into learning_enrolment (id, person_id, pathway_id, version, offered_by,
              offered_at, idempotency_key, stop_token) values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            """)
        .params(
            UUID.randomUUID(),
            person,
            pathway.id(),
            pathway.version(),
            offeredBy,
            utc(at),
            key,
            stopToken)
        .update();
    return jdbc.sql("select id from learning_enrolment where idempotency_key = ? and person_id = ?")
        .params(key, person)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("That key was used for someone else"));
  }

  Optional<Enrolment> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from learning_enrolment where id = ?")
        .param(id)
        .query(EnrolmentRepository::enrolment)
        .optional();
  }

  Optional<Enrolment> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from learning_enrolment where id = ? for update")
        .param(id)
        .query(EnrolmentRepository::enrolment)
        .optional();
  }

  List<Enrolment> forPerson(UUID person) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from learning_enrolment where person_id = ? order by offered_at")
        .param(person)
        .query(EnrolmentRepository::enrolment)
        .list();
  }

  /** Whether the person is already on this pathway (any version). */
  boolean onPathway(UUID person, UUID pathway) {
    return jdbc.sql(
                "select count(*) from learning_enrolment where person_id = ? and pathway_id = ?")
            .params(person, pathway)
            .query(Integer.class)
            .single()
        > 0;
  }

  boolean keyUsed(UUID key) {
    return jdbc.sql("select count(*) from learning_enrolment where idempotency_key = ?")
            .param(key)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Enrolments with a reminder waiting: a step released since the last one, reminders on. */
  List<Enrolment> awaitingReminder() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from learning_enrolment where remind_pending"
                + " and not reminders_stopped")
        .query(EnrolmentRepository::enrolment)
        .list();
  }

  void reminded(UUID enrolment) {
    jdbc.sql("update learning_enrolment set remind_pending = false where id = ?")
        .param(enrolment)
        .update();
  }

  /** Stops reminders for the enrolment with this link token; whose, if the token is known. */
  Optional<UUID> stopReminders(String token) {
    return jdbc.sql(
            "update learning_enrolment set reminders_stopped = true, remind_pending = false"
                + " where stop_token = ? returning person_id")
        .param(token)
        .query(UUID.class)
        .optional();
  }

  Optional<String> stopToken(UUID enrolment) {
    return jdbc.sql("select stop_token from learning_enrolment where id = ?")
        .param(enrolment)
        .query(String.class)
        .optional();
  }

  /** Notes today's reminder e-mail to the person; false if they already had one today. */
  boolean firstReminderOfTheDay(UUID person, java.time.LocalDate day, Instant at) {
    return jdbc.sql(
                "insert into learning_reminder (person_id, day, sent_at) values (?, ?, ?)"
                    + " on conflict do nothing")
            .params(person, day, utc(at))
            .update()
        == 1;
  }

  /** The enrolments whose next step may be due at {@code now} (the pacing rules decide). */
  List<UUID> maybeDue(Instant now) {
    return jdbc.sql(
            """
            select id from learning_enrolment where pace is not null and not paused
              and next_release_at <= ? and (snoozed_until is null or snoozed_until <= ?)
            """)
        .params(utc(now), utc(now))
        .query(UUID.class)
        .list();
  }

  void save(UUID id, Pacing pacing, QuietTime quiet) {
    jdbc.sql(
            """
            update learning_enrolment set pace = ?, paused = ?, snoozed_until = ?,
              next_release_at = ?, quiet_time = ?, row_version = row_version + 1 where id = ?
            """)
        .params(
            pacing.pace() == null ? null : pacing.pace().code(),
            pacing.paused(),
            pacing.snoozedUntil() == null ? null : utc(pacing.snoozedUntil()),
            pacing.nextReleaseAt() == null ? null : utc(pacing.nextReleaseAt()),
            quiet.code(),
            id)
        .update();
  }

  List<StepProgress> progress(UUID enrolment) {
    return jdbc.sql(
            """
            select step_id, released_at, opened_at, finished_at, answer, answer_shared
            from learning_step_progress where enrolment_id = ? order by released_at
            """)
        .param(enrolment)
        .query(
            (rs, n) ->
                new StepProgress(
                    rs.getObject("step_id", UUID.class),
                    instant(rs, "released_at"),
                    instant(rs, "opened_at"),
                    instant(rs, "finished_at"),
                    rs.getString("answer"),
                    rs.getBoolean("answer_shared")))
        .list();
  }

  /** Releases a step; a reminder is then due. False if it was already out. */
  boolean release(UUID enrolment, UUID step, Instant at) {
    int inserted =
        jdbc.sql(
                """
                insert into learning_step_progress (enrolment_id, step_id, released_at)
                values (?, ?, ?) on conflict do nothing
                """)
            .params(enrolment, step, utc(at))
            .update();
    if (inserted == 1) {
      jdbc.sql("update learning_enrolment set remind_pending = true where id = ?")
          .param(enrolment)
          .update();
    }
    return inserted == 1;
  }

  void opened(UUID enrolment, UUID step, Instant at) {
    jdbc.sql(
            """
            update learning_step_progress set opened_at = ?
            where enrolment_id = ? and step_id = ? and opened_at is null
            """)
        .params(utc(at), enrolment, step)
        .update();
  }

  void finished(UUID enrolment, UUID step, Instant at, @Nullable String answer, boolean shared) {
    jdbc.sql(
            """
            update learning_step_progress set finished_at = coalesce(finished_at, ?),
              opened_at = coalesce(opened_at, ?), answer = ?, answer_shared = ?
            where enrolment_id = ? and step_id = ?
            """)
        .params(utc(at), utc(at), answer, shared, enrolment, step)
        .update();
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
    return new Enrolment(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("pathway_id", UUID.class),
        rs.getInt("version"),
        rs.getObject("offered_by", UUID.class),
        instant(rs, "offered_at"),
        new Pacing(
            Pace.ofCode(rs.getString("pace")).orElse(null),
            rs.getBoolean("paused"),
            instant(rs, "snoozed_until"),
            instant(rs, "next_release_at")),
        QuietTime.ofCode(rs.getString("quiet_time")).orElse(QuietTime.NIGHT),
        rs.getBoolean("reminders_stopped"),
        rs.getInt("row_version"));
  }
}
