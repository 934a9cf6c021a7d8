package care.tandem.measures.results;

import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import care.tandem.measures.demo.DemoAnswers;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores submitted responses for tests on chosen days, with answers that add up to a chosen total,
 * scored by the real {@link Scorer} as the server would have.
 */
class StoredResults {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final Instruments instruments;
  private final Scorer scorer;

  StoredResults(JdbcClient jdbc, Instruments instruments, Scorer scorer) {
    this.jdbc = jdbc;
    this.instruments = instruments;
    this.scorer = scorer;
  }

  /** A submitted response on {@code day} at noon UTC. */
  UUID submitted(UUID person, String instrumentId, LocalDate day, int total) {
    Instrument instrument = instruments.find(instrumentId).orElseThrow();
    Map<String, Integer> answers = DemoAnswers.totalling(instrument, total);
    Score score = scorer.score(instrument, answers);
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
            JSON.writeValueAsString(score.subscales()))
        .update();
    return id;
  }

  /** A response started but not submitted: never a result. */
  void inProgress(UUID person, LocalDate day) {
    jdbc.sql(
            """
            insert into measures_response (id, person_id, instrument, status, started_at)
            values (?, ?, 'phq-9', 'in-progress', ?)
            """)
        .params(
            UUID.randomUUID(), person, Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)))
        .update();
  }
}
