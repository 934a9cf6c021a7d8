package care.tandem.learning.pathways;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pathways, their versions and each version's steps. A version, once written, never changes. */
@Repository
class PathwayRepository {

  private final JdbcClient jdbc;

  PathwayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every pathway in its current version, by title. */
  List<Pathway> all() {
    return jdbc
        .sql("select id from learning_pathway order by title, id")
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> current(id).orElseThrow())
        .toList();
  }

  Optional<Pathway> current(UUID id) {
    return jdbc.sql("select current_version from learning_pathway where id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .flatMap(version -> version(id, version));
  }

  Optional<Pathway> version(UUID id, int version) {
    return jdbc.sql(
            """
            select p.id, p.shipped_slug, p.title, p.summary from learning_pathway p
            join learning_pathway_version v on v.pathway_id = p.id and v.version = ?
            where p.id = ?
            """)
        .params(version, id)
        .query(
            (rs, n) ->
                new Pathway(
                    rs.getObject("id", UUID.class),
                    rs.getString("shipped_slug"),
                    rs.getString("title"),
                    rs.getString("summary"),
                    version,
                    steps(id, version)))
        .optional();
  }

  Optional<UUID> shipped(String slug) {
    return jdbc.sql("select id from learning_pathway where shipped_slug = ?")
        .param(slug)
        .query(UUID.class)
        .optional();
  }

  /** Locks the pathway's row for a change; its current version. */
  Optional<Integer> lockCurrentVersion(UUID id) {
    return jdbc.sql("select current_version from learning_pathway where id = ? for update")
        .param(id)
        .query(Integer.class)
        .optional();
  }

  void insert(
      UUID id,
      @Nullable String shippedSlug,
      String title,
      String summary,
      @Nullable UUID by,
      Instant at) {
    jdbc.sql(
            """
            insert into learning_pathway (id, shipped_slug, title, summary, current_version,
              created_by, created_at) values (?, ?, ?, ?, 0, ?, ?)
            """)
        .params(id, shippedSlug, title, summary, by, utc(at))
        .update();
  }

  /** Writes {@code steps} as the pathway's next version and makes it the current one. */
  int addVersion(UUID id, List<PathwayStep> steps, @Nullable UUID by, Instant at) {
    int version = lockCurrentVersion(id).orElseThrow() + 1;
    jdbc.sql(
            "insert into learning_pathway_version (pathway_id, version, created_by, created_at)"
                + " values (?, ?, ?, ?)")
        .params(id, version, by, utc(at))
        .update();
    int position = 1;
    for (PathwayStep step : steps) {
      jdbc.sql(
              """
              insert into learning_pathway_step (id, pathway_id, version, position, kind, ref, text)
              values (?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              id,
              version,
              position++,
              step.kind().code(),
              step.ref(),
              step.text())
          .update();
    }
    jdbc.sql("update learning_pathway set current_version = ? where id = ?")
        .params(version, id)
        .update();
    return version;
  }

  private List<PathwayStep> steps(UUID id, int version) {
    return jdbc.sql(
            """
            select id, position, kind, ref, text from learning_pathway_step
            where pathway_id = ? and version = ? order by position
            """)
        .params(id, version)
        .query(PathwayRepository::step)
        .list();
  }

  private static PathwayStep step(ResultSet rs, int n) throws SQLException {
    return new PathwayStep(
        rs.getObject("id", UUID.class),
        rs.getInt("position"),
        StepKind.ofCode(rs.getString("kind")).orElseThrow(),
        rs.getString("ref"),
        rs.getString("text"));
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
