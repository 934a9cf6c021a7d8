package care.tandem.learning.pathways;

import static care.tandem.learning.pathways.PathwayRepository.utc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The "check in with …" tasks raised when a released step stays unopened, and the person's answer
 * to "What got in the way?" kept on the same row.
 */
@Repository
class CheckInTaskRepository {

  private final JdbcClient jdbc;

  CheckInTaskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Raises a task for every step released before {@code releasedBefore} and still unopened, for
   * whoever offered the pathway: once per step, however often it runs.
   *
   * @return how many were raised
   */
  int raiseFor(Instant releasedBefore, Instant now) {
    return jdbc.sql(
            """
            insert into learning_check_in_task (enrolment_id, step_id, assignee, raised_at)
            select p.enrolment_id, p.step_id, e.offered_by, ?
            from learning_step_progress p join learning_enrolment e on e.id = p.enrolment_id
            where p.opened_at is null and p.released_at <= ?
            on conflict do nothing
            """)
        .params(utc(now), utc(releasedBefore))
        .update();
  }

  /** A task on someone's home page. */
  record OpenTask(UUID enrolment, UUID person, Instant raised) {}

  List<OpenTask> openFor(UUID assignee) {
    return jdbc.sql(
            """
            select t.enrolment_id, e.person_id, min(t.raised_at) as raised
            from learning_check_in_task t join learning_enrolment e on e.id = t.enrolment_id
            where t.assignee = ? and t.done_at is null
            group by t.enrolment_id, e.person_id order by raised
            """)
        .param(assignee)
        .query(
            (rs, n) ->
                new OpenTask(
                    rs.getObject("enrolment_id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    EnrolmentRepository.instant(rs, "raised")))
        .list();
  }

  boolean hasOpenTask(UUID enrolment, UUID assignee) {
    return jdbc.sql(
                """
                select count(*) from learning_check_in_task
                where enrolment_id = ? and assignee = ? and done_at is null
                """)
            .params(enrolment, assignee)
            .query(Integer.class)
            .single()
        > 0;
  }

  int done(UUID enrolment, UUID assignee, Instant at) {
    return jdbc.sql(
            """
            update learning_check_in_task set done_at = ?
            where enrolment_id = ? and assignee = ? and done_at is null
            """)
        .params(utc(at), enrolment, assignee)
        .update();
  }

  /** The step the person has not yet said what got in the way of, if any. */
  Optional<UUID> unanswered(UUID enrolment) {
    return jdbc.sql(
            """
            select step_id from learning_check_in_task
            where enrolment_id = ? and answered_at is null order by raised_at limit 1
            """)
        .param(enrolment)
        .query(UUID.class)
        .optional();
  }

  void answer(
      UUID enrolment, UUID step, @Nullable String reason, @Nullable String other, Instant at) {
    jdbc.sql(
            """
            update learning_check_in_task set reason = ?, reason_other = ?, answered_at = ?
            where enrolment_id = ? and step_id = ? and answered_at is null
            """)
        .params(reason, other, utc(at), enrolment, step)
        .update();
  }

  /** How often each reason was given on the pathway (every version), most first. */
  Map<String, Integer> reasons(UUID pathway) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select t.reason, count(*) as n from learning_check_in_task t
            join learning_enrolment e on e.id = t.enrolment_id
            where e.pathway_id = ? and t.reason is not null group by t.reason order by n desc
            """)
        .param(pathway)
        .query(
            rs -> {
              counts.put(rs.getString("reason"), rs.getInt("n"));
            });
    return counts;
  }
}
