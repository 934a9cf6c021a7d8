package care.tandem.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code carer_consent} table: who helps whom, with which permissions, since when. */
@Repository
class HelperConsents {

  private static final String COLUMNS =
      """
      select id, person_id, carer_account_id, name, relationship, may_read_plan, may_converse,
        may_see_results, may_help_answer, started_at, given_by
      from carer_consent
      """;

  private final JdbcClient jdbc;

  HelperConsents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The current consent the account has from the person, if any. */
  Optional<Helper> current(UUID person, UUID account) {
    return jdbc.sql(
            COLUMNS
                + " where person_id = ? and carer_account_id = ? and withdrawn_at is null"
                + " and started_at <= now()")
        .params(person, account)
        .query(HelperConsents::helper)
        .optional();
  }

  List<Helper> currentFor(UUID person) {
    return jdbc.sql(COLUMNS + " where person_id = ? and withdrawn_at is null order by started_at")
        .param(person)
        .query(HelperConsents::helper)
        .list();
  }

  List<Helper> currentBy(UUID account) {
    return jdbc.sql(
            COLUMNS + " where carer_account_id = ? and withdrawn_at is null order by started_at")
        .param(account)
        .query(HelperConsents::helper)
        .list();
  }

  Optional<Helper> find(UUID consent) {
    return jdbc.sql(COLUMNS + " where id = ? and withdrawn_at is null")
        .param(consent)
        .query(HelperConsents::helper)
        .optional();
  }

  Optional<UUID> personOf(UUID consent) {
    return jdbc.sql("select person_id from carer_consent where id = ?")
        .param(consent)
        .query(UUID.class)
        .optional();
  }

  /** Ends any current consent between the two, then stores the new one. */
  void give(Helper helper, @Nullable UUID invitation) {
    withdrawBetween(helper.person(), helper.account(), helper.givenBy(), helper.startedAt());
    jdbc.sql(
            """
            insert into carer_consent (id, person_id, carer_account_id, name, relationship,
              may_read_plan, may_converse, may_see_results, may_help_answer, given_by,
              invitation_id, started_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            helper.id(),
            helper.person(),
            helper.account(),
            helper.name(),
            helper.relationship(),
            helper.may(HelperPermission.READ_PLAN),
            helper.may(HelperPermission.CONVERSATION),
            helper.may(HelperPermission.SEE_RESULTS),
            helper.may(HelperPermission.HELP_ANSWER),
            helper.givenBy(),
            invitation,
            utc(helper.startedAt()))
        .update();
  }

  /** Withdraws the consent if it is the person's and still current; false otherwise. */
  boolean withdraw(UUID person, UUID consent, UUID by, Instant at) {
    return jdbc.sql(
                """
                update carer_consent set withdrawn_at = ?, withdrawn_by = ?
                where id = ? and person_id = ? and withdrawn_at is null
                """)
            .params(utc(at), by, consent, person)
            .update()
        == 1;
  }

  private void withdrawBetween(UUID person, UUID account, UUID by, Instant at) {
    jdbc.sql(
            """
            update carer_consent set withdrawn_at = ?, withdrawn_by = ?
            where person_id = ? and carer_account_id = ? and withdrawn_at is null
            """)
        .params(utc(at), by, person, account)
        .update();
  }

  static Set<HelperPermission> permissions(
      boolean plan, boolean conversation, boolean results, boolean answer) {
    Set<HelperPermission> granted = EnumSet.noneOf(HelperPermission.class);
    if (plan) {
      granted.add(HelperPermission.READ_PLAN);
    }
    if (conversation) {
      granted.add(HelperPermission.CONVERSATION);
    }
    if (results) {
      granted.add(HelperPermission.SEE_RESULTS);
    }
    if (answer) {
      granted.add(HelperPermission.HELP_ANSWER);
    }
    return granted;
  }

  private static Helper helper(ResultSet rs, int row) throws SQLException {
    return new Helper(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("carer_account_id", UUID.class),
        rs.getString("name"),
        rs.getString("relationship"),
        permissions(
            rs.getBoolean("may_read_plan"),
            rs.getBoolean("may_converse"),
            rs.getBoolean("may_see_results"),
            rs.getBoolean("may_help_answer")),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getObject("given_by", UUID.class));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
