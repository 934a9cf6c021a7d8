package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import care.tandem.measures.Score;
import care.tandem.measures.testing.TestInstruments;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores submitted responses for tests, scored as the server would have, on chosen days. */
class StoredResults {

  private final JdbcClient jdbc;

  StoredResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A submitted response on {@code day} at noon UTC, its answers giving q1, q2 and q3. */
  UUID submitted(UUID person, LocalDate day, int q1, int q2, int q3) {
    Instrument instrument = TestInstruments.MOOD;
    Score score = TestInstruments.score(instrument, Map.of("q1", q1, "q2", q2, "q3", q3));
    UUID id = UUID.randomUUID();
    Timestamp at = Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    jdbc.sql(
            """
            insert into measures_response (id, person_id, instrument, status, started_at,
              submitted_at, total, band, caseness, subscales)
            values (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, cast(? as jsonb))
            """)
        .params(
            id,
            person,
            instrument.id(),
            at,
            at,
            score.total(),
            score.band().code(),
            score.caseness(),
            "{\"low\": " + score.subscales().get("low") + ", \"worry\": " + q2 + "}")
        .update();
    return id;
  }

  /** A response started but not submitted: never a result. */
  void inProgress(UUID person, LocalDate day) {
    jdbc.sql(
            """
            insert into measures_response (id, person_id, instrument, status, started_at)
            values (?, ?, 'test-mood', 'in-progress', ?)
            """)
        .params(
            UUID.randomUUID(), person, Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)))
        .update();
  }
}
