package care.tandem.directory;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Postcode centroids from the {@code directory_postcode} table. */
@Repository
class JdbcPostcodeCentroids implements PostcodeCentroids {

  private final JdbcClient jdbc;

  JdbcPostcodeCentroids(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Position> find(Postcode postcode) {
    return jdbc.sql("select latitude, longitude from directory_postcode where postcode = ?")
        .param(postcode.compact())
        .query((row, n) -> new Position(row.getDouble(1), row.getDouble(2)))
        .optional();
  }
}
