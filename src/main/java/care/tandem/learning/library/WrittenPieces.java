package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pieces written in the app and every version of each, kept. */
@Repository
class WrittenPieces {

  private static final String SELECT =
      "select v.*, p.copied_from from learning_piece_version v"
          + " join learning_piece p on p.slug = v.slug";

  private final JdbcClient jdbc;

  WrittenPieces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty for anything that cannot be a slug (a NUL, say, which PostgreSQL cannot compare). */
  Optional<WrittenPiece> find(String slug) {
    if (slug.length() > PieceChecks.MAX_SLUG || !PieceFileReader.SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " where v.slug = ? and v.version = p.version")
        .param(slug)
        .query(WrittenPieces::row)
        .optional();
  }

  /** The current version of every piece written in the app, published or not. */
  List<WrittenPiece> current() {
    return jdbc.sql(SELECT + " where v.version = p.version order by lower(v.title)")
        .query(WrittenPieces::row)
        .list();
  }

  /** Every version of a piece, newest first. */
  List<WrittenPiece> history(String slug) {
    return jdbc.sql(SELECT + " where v.slug = ? order by v.version desc")
        .param(slug)
        .query(WrittenPieces::row)
        .list();
  }

  /** Holds back a second submit with the same key until the first is committed. */
  void lockKey(UUID key) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 7))) as locked")
        .param(key.toString())
        .query(Integer.class)
        .single();
  }

  /** The piece a submit with this key already saved a version of, if any. */
  Optional<String> savedWith(UUID key) {
    return jdbc.sql("select slug from learning_piece_version where idempotency_key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }

  /** Adds a piece at version 1; false when the slug is taken. */
  boolean insertPiece(
      String slug, @org.jspecify.annotations.Nullable String copiedFrom, UUID key, UUID editor) {
    return jdbc.sql(
                "insert into learning_piece (slug, version, copied_from, created_by, created_at,"
                    + " idempotency_key) values (?, 1, ?, ?, ?, ?) on conflict do nothing")
            .params(slug, copiedFrom, editor, Timestamp.from(Instant.now()), key)
            .update()
        == 1;
  }

  /** Moves the piece on to the next version, if nobody has since {@code from}. */
  boolean nextVersion(String slug, int from) {
    return jdbc.sql(
                "update learning_piece set version = version + 1 where slug = ? and version = ?")
            .params(slug, from)
            .update()
        == 1;
  }

  void insertVersion(String slug, int version, PieceDraft draft, UUID editor, UUID key) {
    jdbc.sql(
            "insert into learning_piece_version (slug, version, title, summary, kind, audience,"
                + " topics, minutes, source, review_by, body, media_hash, captions_hash,"
                + " published, edited_by, edited_at, idempotency_key)"
                + " values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            slug,
            version,
            draft.title(),
            draft.summary(),
            draft.kind().code(),
            draft.audience().code(),
            "{" + String.join(",", draft.topics()) + "}",
            draft.minutes(),
            draft.source(),
            draft.reviewBy(),
            draft.body(),
            draft.mediaHash(),
            draft.captionsHash(),
            draft.published(),
            editor,
            Timestamp.from(Instant.now()),
            key)
        .update();
  }

  private static WrittenPiece row(ResultSet row, int n) throws SQLException {
    Array topics = row.getArray("topics");
    PieceDraft draft =
        new PieceDraft(
            row.getString("title"),
            row.getString("summary"),
            PieceKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
            PieceAudience.valueOf(row.getString("audience").toUpperCase(Locale.ROOT)),
            List.of((String[]) topics.getArray()),
            row.getInt("minutes"),
            row.getString("source"),
            row.getObject("review_by", java.time.LocalDate.class),
            row.getString("body"),
            row.getString("media_hash"),
            row.getString("captions_hash"),
            row.getBoolean("published"));
    return new WrittenPiece(
        row.getString("slug"),
        row.getInt("version"),
        row.getString("copied_from"),
        draft,
        row.getObject("edited_by", UUID.class),
        row.getTimestamp("edited_at").toInstant());
  }
}
