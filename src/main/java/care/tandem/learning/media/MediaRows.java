package care.tandem.learning.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The media catalogue (table learning_media): what each stored file is, who added it and when. */
@Repository
class MediaRows {

  /** One row, with who added it and when, for the editors' list. */
  record MediaRow(MediaItem item, @Nullable UUID addedBy, Instant addedAt) {}

  private static final String SELECT =
      "select hash, content_type, size, file_name, added_by, added_at from learning_media";

  private final JdbcClient jdbc;

  MediaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the row unless the same bytes are already listed; returns the row that is kept. */
  MediaRow add(MediaItem item, @Nullable UUID addedBy) {
    jdbc.sql(
            """
            insert into learning_media (hash, content_type, size, file_name, added_by)
            values (:hash, :type, :size, :name, :by) on conflict (hash) do nothing
            """)
        .param("hash", item.hash())
        .param("type", item.contentType())
        .param("size", item.size())
        .param("name", item.fileName())
        .param("by", addedBy)
        .update();
    return find(item.hash()).orElseThrow();
  }

  Optional<MediaRow> find(String hash) {
    return jdbc.sql(SELECT + " where hash = :hash").param("hash", hash).query(this::row).optional();
  }

  List<MediaRow> newestFirst(int limit) {
    return jdbc.sql(SELECT + " order by added_at desc, hash limit :limit")
        .param("limit", limit)
        .query(this::row)
        .list();
  }

  int count() {
    return jdbc.sql("select count(*) from learning_media").query(Integer.class).single();
  }

  /** Whether a file is listed, for tidying files left without a row. */
  boolean listed(String hash) {
    return jdbc.sql("select count(*) from learning_media where hash = :hash")
            .param("hash", hash)
            .query(Long.class)
            .single()
        > 0;
  }

  private MediaRow row(ResultSet rs, int rowNum) throws SQLException {
    MediaItem item =
        new MediaItem(
            rs.getString("hash"),
            rs.getString("content_type"),
            rs.getLong("size"),
            rs.getString("file_name"));
    return new MediaRow(
        item,
        rs.getObject("added_by", UUID.class),
        rs.getObject("added_at", java.time.OffsetDateTime.class).toInstant());
  }
}
