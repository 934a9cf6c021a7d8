package care.tandem.measures.assigning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments in {@code measures_assignment}. */
@Repository
class AssignmentRepository {

  private static final String COLUMNS =
      """
      id, person_id, instrument, schedule, every_weeks, next_due, appointment_date, assigned_by,
      assigned_at, ended_at, version
      """;

  private final JdbcClient jdbc;

  AssignmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts, or finds the one this key already made: a double submit makes one assignment. */
  UUID insert(Assignment assignment, UUID key) {
    int inserted =
        jdbc.sql(
                """
                insert into measures_assignment (id, person_id, instrument, schedule, every_weeks,
                  next_due, appointment_date, assigned_by, assigned_at, idempotency_key)
                values (:id, :person, :instrument, :schedule, :every, :due, :appointment, :by,
                  :at, :key)
                on conflict (idempotency_key) do nothing
                """)
            .param("id", assignment.id())
            .param("person", assignment.person())
            .param("instrument", assignment.instrument())
            .param("schedule", assignment.schedule().code())
            .param("every", assignment.everyWeeks())
            .param("due", assignment.nextDue())
            .param("appointment", assignment.appointmentDate())
            .param("by", assignment.assignedBy())
            .param(
                "at", OffsetDateTime.ofInstant(assignment.assignedAt(), java.time.ZoneOffset.UTC))
            .param("key", key)
            .update();
    if (inserted == 1) {
      return assignment.id();
    }
    return jdbc.sql("select id from measures_assignment where idempotency_key = ?")
        .param(key)
        .query(UUID.class)
        .single();
  }

  List<Assignment> forPerson(UUID person) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from measures_assignment where person_id = ?"
                + " order by ended_at nulls first, next_due nulls last, assigned_at desc")
        .param(person)
        .query(AssignmentRepository::map)
        .list();
  }

  Optional<Assignment> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from measures_assignment where id = ?")
        .param(id)
        .query(AssignmentRepository::map)
        .optional();
  }

  Optional<Assignment> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from measures_assignment where id = ? for update")
        .param(id)
        .query(AssignmentRepository::map)
        .optional();
  }

  /** The open assignment of this instrument that is due soonest, if any. */
  Optional<Assignment> open(UUID person, String instrument) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from measures_assignment where person_id = ? and instrument = ?"
                + " and ended_at is null and next_due is not null order by next_due limit 1")
        .params(person, instrument)
        .query(AssignmentRepository::map)
        .optional();
  }

  /** Open assignments due on or before {@code date}, every person's. */
  List<Assignment> dueBy(LocalDate date) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from measures_assignment where ended_at is null and next_due <= ?"
                + " order by person_id, next_due")
        .param(date)
        .query(AssignmentRepository::map)
        .list();
  }

  void moveDue(UUID id, @Nullable LocalDate nextDue, @Nullable LocalDate appointment) {
    jdbc.sql(
            """
            update measures_assignment set next_due = ?, appointment_date = ?,
              version = version + 1 where id = ?
            """)
        .params(nextDue, appointment, id)
        .update();
  }

  /** Ends it if it is still at {@code version}; false when someone changed it first. */
  boolean end(UUID id, int version, UUID by, Instant at) {
    return jdbc.sql(
                """
                update measures_assignment set ended_at = ?, ended_by = ?, next_due = null,
                  version = version + 1
                where id = ? and version = ? and ended_at is null
                """)
            .params(OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), by, id, version)
            .update()
        == 1;
  }

  private static Assignment map(ResultSet row, int number) throws SQLException {
    Integer every = row.getObject("every_weeks", Integer.class);
    OffsetDateTime ended = row.getObject("ended_at", OffsetDateTime.class);
    return new Assignment(
        row.getObject("id", UUID.class),
        row.getObject("person_id", UUID.class),
        row.getString("instrument"),
        Schedule.ofCode(row.getString("schedule")).orElseThrow(),
        every,
        row.getObject("next_due", LocalDate.class),
        row.getObject("appointment_date", LocalDate.class),
        row.getObject("assigned_by", UUID.class),
        row.getObject("assigned_at", OffsetDateTime.class).toInstant(),
        ended == null ? null : ended.toInstant(),
        row.getInt("version"));
  }
}
