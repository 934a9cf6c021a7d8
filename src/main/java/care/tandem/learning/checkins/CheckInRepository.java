package care.tandem.learning.checkins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins in {@code learning_check_in}. */
@Repository
class CheckInRepository {

  private static final String SELECT =
      "select id, person_id, pain, mood, words, recorded_by, recorded_at from learning_check_in";

  private final JdbcClient jdbc;

  CheckInRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts once per key; false when the key was used already (nothing is inserted). */
  boolean insert(CheckIn checkIn, UUID key) {
    return jdbc.sql(
                """
                insert into learning_check_in (id, person_id, pain, mood, words, recorded_by,
                  recorded_at, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing
                """)
            .params(
                checkIn.id(),
                checkIn.person(),
                checkIn.pain(),
                checkIn.mood(),
                checkIn.words(),
                checkIn.recordedBy(),
                Timestamp.from(checkIn.recordedAt()),
                key)
            .update()
        == 1;
  }

  Optional<CheckIn> byKey(UUID key) {
    return jdbc.sql(SELECT + " where idempotency_key = ?")
        .param(key)
        .query(CheckInRepository::checkIn)
        .optional();
  }

  Optional<CheckIn> find(UUID id) {
    return jdbc.sql(SELECT + " where id = ?")
        .param(id)
        .query(CheckInRepository::checkIn)
        .optional();
  }

  /** The person's check-ins since then, oldest first. */
  List<CheckIn> since(UUID person, Instant since) {
    return jdbc.sql(SELECT + " where person_id = ? and recorded_at >= ? order by recorded_at, id")
        .params(person, Timestamp.from(since))
        .query(CheckInRepository::checkIn)
        .list();
  }

  private static CheckIn checkIn(ResultSet row, int number) throws SQLException {
    return new CheckIn(
        row.getObject("id", UUID.class),
        row.getObject("person_id", UUID.class),
        row.getInt("pain"),
        row.getInt("mood"),
        row.getString("words"),
        row.getObject("recorded_by", UUID.class),
        row.getTimestamp("recorded_at").toInstant());
  }
}
