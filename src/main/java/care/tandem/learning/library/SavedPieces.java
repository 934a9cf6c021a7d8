package care.tandem.learning.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each signed-in person's "my library": saving twice keeps one, removing twice removes one. */
@Repository
class SavedPieces {

  private final JdbcClient jdbc;

  SavedPieces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The slugs this person saved, newest first. */
  List<String> of(UUID account) {
    return jdbc.sql(
            "select slug from learning_saved_piece where account_id = ? order by saved_at desc")
        .param(account)
        .query(String.class)
        .list();
  }

  boolean has(UUID account, String slug) {
    return jdbc.sql("select count(*) from learning_saved_piece where account_id = ? and slug = ?")
            .params(account, slug)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** True when this added it, false when it was saved already. */
  boolean save(UUID account, String slug) {
    return jdbc.sql(
                "insert into learning_saved_piece (account_id, slug, saved_at) values (?, ?, ?)"
                    + " on conflict do nothing")
            .params(account, slug, Timestamp.from(Instant.now()))
            .update()
        == 1;
  }

  boolean remove(UUID account, String slug) {
    return jdbc.sql("delete from learning_saved_piece where account_id = ? and slug = ?")
            .params(account, slug)
            .update()
        == 1;
  }
}
