package care.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, goals and actions in PostgreSQL. Every change first takes the plan's row lock. */
@Repository
class PlanRepository {

  private static final String GOALS =
      """
      select id, section, title, target, owner_account_id, status, review_date, changed_in_version,
        created_by, created_at, updated_by, updated_at
      from care_plan_goal
      """;

  private static final String ACTIONS =
      """
      select id, section, what, assignee_account_id, due_date, done, changed_in_version,
        created_by, created_at, updated_by, updated_at
      from care_plan_action
      """;

  private static final String SECTION_ORDER =
      """
      case section when 'PAIN_AND_PHYSICAL_FUNCTION' then 1
        when 'MENTAL_HEALTH_AND_WELLBEING' then 2 else 3 end
      """;

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the person's plan (making an empty one first if needed) until the transaction ends, and
   * returns its version. Every change goes through here, so changes to one plan happen one at a
   * time and each gets the next version.
   */
  int lock(UUID person, Instant now) {
    jdbc.sql(
            """
            insert into care_plan (person_id, version, created_at, updated_at)
            values (?, 0, ?, ?) on conflict (person_id) do nothing
            """)
        .params(person, PlanRows.utc(now), PlanRows.utc(now))
        .update();
    return jdbc.sql("select version from care_plan where person_id = ? for update")
        .param(person)
        .query(Integer.class)
        .single();
  }

  void markChanged(UUID person, int version, UUID actor, Instant now) {
    jdbc.sql("update care_plan set version = ?, updated_by = ?, updated_at = ? where person_id = ?")
        .params(version, actor, PlanRows.utc(now), person)
        .update();
  }

  CarePlan plan(UUID person) {
    record Head(int version, @Nullable UUID updatedBy, Instant updatedAt) {}
    Optional<Head> head =
        jdbc.sql("select version, updated_by, updated_at from care_plan where person_id = ?")
            .param(person)
            .query(
                (rs, n) ->
                    new Head(
                        rs.getInt("version"),
                        rs.getObject("updated_by", UUID.class),
                        PlanRows.instant(rs, "updated_at")))
            .optional();
    if (head.isEmpty() || head.get().version() == 0) {
      return CarePlan.empty(person);
    }
    List<Goal> goals =
        jdbc.sql(GOALS + " where person_id = ? order by " + SECTION_ORDER + ", created_at, id")
            .param(person)
            .query(PlanRows::goal)
            .list();
    List<PlanAction> actions =
        jdbc.sql(
                ACTIONS
                    + " where person_id = ? order by "
                    + SECTION_ORDER
                    + ", done, due_date nulls last, created_at, id")
            .param(person)
            .query(PlanRows::action)
            .list();
    return new CarePlan(
        person,
        head.get().version(),
        goals,
        actions,
        head.get().updatedBy(),
        head.get().updatedAt());
  }

  /** The person whose plan an idempotency key was first used on, and what it made. */
  record Keyed(UUID person, UUID id) {}

  Optional<Keyed> goalByKey(UUID key) {
    return byKey("care_plan_goal", key);
  }

  Optional<Keyed> actionByKey(UUID key) {
    return byKey("care_plan_action", key);
  }

  private Optional<Keyed> byKey(String table, UUID key) {
    return jdbc.sql("select person_id, id from " + table + " where idempotency_key = ?")
        .param(key)
        .query((rs, n) -> new Keyed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .optional();
  }

  void insertGoal(
      UUID person, UUID id, GoalDraft goal, UUID key, int version, UUID actor, Instant now) {
    jdbc.sql(
            """
            insert into care_plan_goal (id, person_id, section, title, target, owner_account_id,
              status, review_date, idempotency_key, created_in_version, changed_in_version,
              created_by, created_at, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            person,
            goal.section().name(),
            goal.title(),
            goal.target(),
            goal.owner(),
            goal.status().name(),
            goal.reviewDate(),
            key,
            version,
            version,
            actor,
            PlanRows.utc(now),
            actor,
            PlanRows.utc(now))
        .update();
  }

  /**
   * Changes the goal if nothing has changed it since plan version {@code starting}: the database
   * decides, so of two edits from the same version only the first saves.
   */
  boolean updateGoal(
      UUID person, UUID id, int starting, GoalDraft goal, int version, UUID actor, Instant now) {
    return jdbc.sql(
                """
                update care_plan_goal set section = ?, title = ?, target = ?, owner_account_id = ?,
                  status = ?, review_date = ?, changed_in_version = ?, updated_by = ?,
                  updated_at = ?
                where id = ? and person_id = ? and changed_in_version <= ?
                """)
            .params(
                goal.section().name(),
                goal.title(),
                goal.target(),
                goal.owner(),
                goal.status().name(),
                goal.reviewDate(),
                version,
                actor,
                PlanRows.utc(now),
                id,
                person,
                starting)
            .update()
        == 1;
  }

  void insertAction(
      UUID person, UUID id, ActionDraft action, UUID key, int version, UUID actor, Instant now) {
    jdbc.sql(
            """
            insert into care_plan_action (id, person_id, section, what, assignee_account_id,
              due_date, done, idempotency_key, created_in_version, changed_in_version, created_by,
              created_at, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            person,
            action.section().name(),
            action.what(),
            action.assignee(),
            action.dueDate(),
            action.done(),
            key,
            version,
            version,
            actor,
            PlanRows.utc(now),
            actor,
            PlanRows.utc(now))
        .update();
  }

  /** As {@link #updateGoal}, for an action. */
  boolean updateAction(
      UUID person,
      UUID id,
      int starting,
      ActionDraft action,
      int version,
      UUID actor,
      Instant now) {
    return jdbc.sql(
                """
                update care_plan_action set section = ?, what = ?, assignee_account_id = ?,
                  due_date = ?, done = ?, changed_in_version = ?, updated_by = ?, updated_at = ?
                where id = ? and person_id = ? and changed_in_version <= ?
                """)
            .params(
                action.section().name(),
                action.what(),
                action.assignee(),
                action.dueDate(),
                action.done(),
                version,
                actor,
                PlanRows.utc(now),
                id,
                person,
                starting)
            .update()
        == 1;
  }

  /** Actions not done, due before {@code before}, assigned to {@code account}, in these plans. */
  List<ActionDue> dueFor(UUID account, Collection<UUID> people, LocalDate before) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select person_id, id, section, what, assignee_account_id, due_date
            from care_plan_action
            where not done and due_date < :before and assignee_account_id = :account
              and person_id in (:people)
            order by due_date, created_at, id
            """)
        .param("before", before)
        .param("account", account)
        .param("people", List.copyOf(people))
        .query(
            (rs, n) ->
                new ActionDue(
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("id", UUID.class),
                    PlanSection.valueOf(rs.getString("section")),
                    rs.getString("what"),
                    rs.getObject("assignee_account_id", UUID.class),
                    rs.getObject("due_date", LocalDate.class)))
        .list();
  }
}
