package care.tandem.directory.search;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs directory queries: a page of rows in order and how many there are in all. */
@Component
public class DirectoryQueries {

  /** What a query found: the total of all rows and this page's rows. */
  public record Found(long total, List<Row> rows) {

    public Found {
      rows = List.copyOf(rows);
    }

    public List<UUID> ids() {
      return rows.stream().map(Row::id).toList();
    }
  }

  /**
   * One row: the service's (or the service at location's) id, what a list shows of the service, and
   * its distance in metres from the place searched near (null when not near a place).
   */
  public record Row(
      UUID id,
      String name,
      String organisation,
      String description,
      boolean temporarilyClosed,
      @Nullable Double metres) {}

  private static final RowMapper<Row> ROW =
      (row, n) ->
          new Row(
              row.getObject("id", UUID.class),
              row.getString("name"),
              row.getString("organisation"),
              row.getString("description"),
              row.getBoolean("temporarily_closed"),
              (Double) row.getObject("metres"));

  private final JdbcClient jdbc;

  DirectoryQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The page and the total in one query, for searches whose criteria narrow the rows; the total is
   * counted apart only for a page beyond the last, which has no rows to carry it.
   */
  public Found find(DirectoryQuery query) {
    DirectorySql sql = new DirectorySql(query);
    long[] total = {0};
    List<Row> rows =
        jdbc.sql(sql.pageWithTotal())
            .params(sql.parameters())
            .query(
                (row, n) -> {
                  total[0] = row.getLong("total");
                  return ROW.mapRow(row, n);
                })
            .list();
    if (rows.isEmpty() && query.offset() > 0) {
      total[0] = count(sql);
    }
    return new Found(total[0], rows);
  }

  /**
   * The total first, then the page alone: for long lists in a fixed order, where the page comes
   * straight off an index instead of ordering every row to count them.
   */
  public Found countThenFind(DirectoryQuery query) {
    DirectorySql sql = new DirectorySql(query);
    long total = count(sql);
    List<Row> rows = jdbc.sql(sql.page()).params(sql.parameters()).query(ROW).list();
    return new Found(total, rows);
  }

  private long count(DirectorySql sql) {
    return jdbc.sql(sql.count()).params(sql.parameters()).query(Long.class).single();
  }
}
