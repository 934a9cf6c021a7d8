package care.tandem.directory.curating;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings that need a directory editor: not checked within {@link ReviewSettings#reviewAfter()},
 * or with a problem someone reported. Reported problems first (someone has told us it is wrong),
 * then the least recently checked.
 */
@Repository
class ReviewQueue {

  static final int PAGE_SIZE = 20;

  private static final String DUE =
      " from directory_service s where s.verified_on < :before or exists (select 1 from"
          + " directory_problem_report r where r.service_id = s.id and r.status = 'open')";

  private final JdbcClient jdbc;
  private final ReviewSettings settings;

  ReviewQueue(JdbcClient jdbc, ReviewSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** One listing in the queue. */
  record Due(
      UUID id,
      String name,
      String status,
      LocalDate verifiedOn,
      int version,
      @Nullable UUID owner,
      boolean overdue) {}

  /** A listing checked before this date is due for review. */
  LocalDate dueBefore(LocalDate today) {
    return today.minus(settings.reviewAfter());
  }

  @Transactional(readOnly = true)
  public int count(LocalDate today) {
    return jdbc.sql("select count(*)" + DUE)
        .param("before", Date.valueOf(dueBefore(today)))
        .query(Integer.class)
        .single();
  }

  /** The listings on a page of the queue (pages count from 1). */
  @Transactional(readOnly = true)
  public List<Due> page(LocalDate today, int page) {
    LocalDate before = dueBefore(today);
    return jdbc.sql(
            "select s.id, s.name, s.status, s.verified_on, s.version, s.owner_account"
                + DUE
                + " order by exists (select 1 from directory_problem_report r where"
                + " r.service_id = s.id and r.status = 'open') desc, s.verified_on, lower(s.name),"
                + " s.id limit :limit offset :offset")
        .param("before", Date.valueOf(before))
        .param("limit", PAGE_SIZE)
        .param("offset", (page - 1) * PAGE_SIZE)
        .query(
            (rs, n) -> {
              LocalDate verified = rs.getObject("verified_on", LocalDate.class);
              return new Due(
                  rs.getObject("id", UUID.class),
                  rs.getString("name"),
                  rs.getString("status"),
                  verified,
                  rs.getInt("version"),
                  rs.getObject("owner_account", UUID.class),
                  verified.isBefore(before));
            })
        .list();
  }
}
