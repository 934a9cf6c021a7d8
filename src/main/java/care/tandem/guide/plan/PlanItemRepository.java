package care.tandem.guide.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan items, always read and written for one account: nobody sees another person's plan. */
@Repository
class PlanItemRepository {

  private static final String SELECT =
      """
      select i.id, i.item_kind as kind, i.item_id, coalesce(p.title, s.title) as title, i.note,
             i.target_date, i.version
      from guide_plan_item i
      left join guide_problem p on i.item_kind = 'problem' and p.id = i.item_id
      left join guide_solution s on i.item_kind = 'solution' and s.id = i.item_id
      """;

  private final JdbcClient jdbc;

  PlanItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the entry once; saving it again changes nothing. True if it was added now. */
  boolean add(UUID account, String kind, String itemId) {
    return jdbc.sql(
                """
                insert into guide_plan_item (id, account_id, item_kind, item_id)
                values (?, ?, ?, ?)
                on conflict on constraint guide_plan_item_saved_once do nothing""")
            .params(UUID.randomUUID(), account, kind, itemId)
            .update()
        == 1;
  }

  List<PlanItem> findAll(UUID account) {
    return jdbc.sql(SELECT + "where i.account_id = ? order by i.added_at, i.id")
        .param(account)
        .query(PlanItem.class)
        .list();
  }

  Optional<PlanItem> find(UUID account, UUID id) {
    return jdbc.sql(SELECT + "where i.account_id = ? and i.id = ?")
        .params(account, id)
        .query(PlanItem.class)
        .optional();
  }

  Set<String> savedIds(UUID account, String kind) {
    return Set.copyOf(
        jdbc.sql("select item_id from guide_plan_item where account_id = ? and item_kind = ?")
            .params(account, kind)
            .query(String.class)
            .list());
  }

  /** Changes the note and date only if nobody changed the item since {@code version}. */
  boolean update(UUID account, UUID id, int version, String note, @Nullable LocalDate date) {
    return jdbc.sql(
                """
                update guide_plan_item
                set note = ?, target_date = ?, version = version + 1, updated_at = now()
                where account_id = ? and id = ? and version = ?""")
            .params(note, date, account, id, version)
            .update()
        == 1;
  }

  boolean delete(UUID account, UUID id) {
    return jdbc.sql("delete from guide_plan_item where account_id = ? and id = ?")
            .params(account, id)
            .update()
        == 1;
  }

  /** Whether the guide holds a problem or solution with this id. */
  boolean guideHas(String kind, String itemId) {
    String table = PlanItem.PROBLEM.equals(kind) ? "guide_problem" : "guide_solution";
    return jdbc.sql("select exists (select 1 from " + table + " where id = ?)")
        .param(itemId)
        .query(Boolean.class)
        .single();
  }
}
