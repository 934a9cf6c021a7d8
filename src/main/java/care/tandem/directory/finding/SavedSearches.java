package care.tandem.directory.finding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each signed-in person's saved directory searches, stored as the search page's query string.
 * Saving is idempotent: the same name and search twice stores one; a name already used for a
 * different search is refused. Nobody can see or delete anyone else's.
 */
@Repository
public class SavedSearches {

  /** A saved search: its name and the query string of the search page. */
  public record SavedSearch(UUID id, String name, String query, Instant createdAt) {}

  /** What came of saving. */
  public enum Saved {
    SAVED,
    ALREADY_SAVED,
    NAME_TAKEN
  }

  private final JdbcClient jdbc;

  SavedSearches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<SavedSearch> of(UUID account) {
    return jdbc.sql(
            "select id, name, query, created_at from directory_saved_search"
                + " where account_id = ? order by lower(name), created_at")
        .param(account)
        .query(
            (row, n) ->
                new SavedSearch(
                    row.getObject("id", UUID.class),
                    row.getString("name"),
                    row.getString("query"),
                    row.getTimestamp("created_at").toInstant()))
        .list();
  }

  @Transactional
  public Saved save(UUID account, String name, String query) {
    int added =
        jdbc.sql(
                "insert into directory_saved_search (id, account_id, name, query, created_at)"
                    + " values (?, ?, ?, ?, ?) on conflict (account_id, name) do nothing")
            .params(UUID.randomUUID(), account, name, query, Timestamp.from(Instant.now()))
            .update();
    if (added == 1) {
      return Saved.SAVED;
    }
    String existing =
        jdbc.sql("select query from directory_saved_search where account_id = ? and name = ?")
            .params(account, name)
            .query(String.class)
            .single();
    return existing.equals(query) ? Saved.ALREADY_SAVED : Saved.NAME_TAKEN;
  }

  /** Deletes one of this person's saved searches; false when they have none with that id. */
  @Transactional
  public boolean delete(UUID account, UUID id) {
    return jdbc.sql("delete from directory_saved_search where id = ? and account_id = ?")
            .params(id, account)
            .update()
        == 1;
  }
}
