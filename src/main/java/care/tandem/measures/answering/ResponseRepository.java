package care.tandem.measures.answering;

import care.tandem.measures.Score;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses and their answers, item by item, in {@code measures_response} and {@code _answer}. */
@Repository
class ResponseRepository {

  private static final String COLUMNS =
      """
      id, person_id, instrument, assignment_id, status, layout, started_at, submitted_at, total,
      band, caseness, version
      """;

  private final JdbcClient jdbc;

  ResponseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a new response; false when one with this person and key exists already. */
  boolean insert(
      UUID id,
      UUID person,
      String instrument,
      @Nullable UUID assignment,
      AnswerLayout layout,
      ResponseSource source,
      @Nullable UUID by,
      Instant at,
      @Nullable String key) {
    return jdbc.sql(
                """
                insert into measures_response (id, person_id, instrument, assignment_id, status,
                  layout, source, started_by, started_at, idempotency_key)
                values (:id, :person, :instrument, :assignment, 'in-progress', :layout, :source,
                  :by, :at, :key)
                on conflict (person_id, idempotency_key) do nothing
                """)
            .param("id", id)
            .param("person", person)
            .param("instrument", instrument)
            .param("assignment", assignment)
            .param("layout", layout.code())
            .param("source", source.code())
            .param("by", by)
            .param("at", utc(at))
            .param("key", key)
            .update()
        == 1;
  }

  Optional<UUID> inProgress(UUID person, String instrument) {
    return jdbc.sql(
            """
            select id from measures_response where person_id = ? and instrument = ?
              and status = 'in-progress' order by started_at desc limit 1
            """)
        .params(person, instrument)
        .query(UUID.class)
        .optional();
  }

  Optional<UUID> byKey(UUID person, String key) {
    return jdbc.sql("select id from measures_response where person_id = ? and idempotency_key = ?")
        .params(person, key)
        .query(UUID.class)
        .optional();
  }

  Optional<Response> find(UUID id) {
    return read(id, "");
  }

  /**
   * Whether the response was started by this account and every answer in it was given by it: a team
   * member completing a questionnaire with the person, which they may go on changing.
   */
  boolean onlyEverChangedBy(UUID id, UUID account) {
    return jdbc.sql(
            """
            select exists (select 1 from measures_response r where r.id = :id
              and r.started_by = :account
              and not exists (select 1 from measures_answer a
                where a.response_id = r.id and a.answered_by is distinct from :account))
            """)
        .param("id", id)
        .param("account", account)
        .query(Boolean.class)
        .single();
  }

  /** Reads the response and holds its row until the transaction ends. */
  Optional<Response> lock(UUID id) {
    return read(id, " for update");
  }

  /** The person's responses with their answers, newest first. */
  List<Response> forPerson(UUID person) {
    Map<UUID, Map<String, Integer>> answers = new java.util.HashMap<>();
    jdbc.sql(
            """
            select a.response_id, a.link_id, a.value from measures_answer a
              join measures_response r on r.id = a.response_id where r.person_id = ?
            """)
        .param(person)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                row ->
                    answers
                        .computeIfAbsent(
                            row.getObject("response_id", UUID.class), id -> new LinkedHashMap<>())
                        .put(row.getString("link_id"), row.getInt("value")));
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from measures_response where person_id = ? and status <> 'refused'"
                + " order by coalesce(submitted_at, started_at) desc")
        .param(person)
        .query(
            (row, n) -> map(row, answers.getOrDefault(row.getObject("id", UUID.class), Map.of())))
        .list();
  }

  void saveAnswer(UUID response, String linkId, int value, Instant at, @Nullable UUID by) {
    jdbc.sql(
            """
            insert into measures_answer (response_id, link_id, value, answered_at, answered_by)
            values (?, ?, ?, ?, ?)
            on conflict (response_id, link_id) do update set value = excluded.value,
              answered_at = excluded.answered_at, answered_by = excluded.answered_by
            """)
        .params(response, linkId, value, utc(at), by)
        .update();
  }

  /** Marks the response as given with help from someone helping the person (a carer). */
  void helpedBy(UUID response, UUID helper) {
    jdbc.sql("update measures_response set helped_by = ? where id = ?")
        .params(helper, response)
        .update();
  }

  /** Marks the response changed, so an edit started from an older version can tell. */
  void touched(UUID response) {
    jdbc.sql("update measures_response set version = version + 1 where id = ?")
        .param(response)
        .update();
  }

  /** Serialises starting a response for one person and instrument, till the transaction ends. */
  void lockStarting(UUID person, String instrument) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as locked")
        .param("measures-start:" + person + ":" + instrument)
        .query(Integer.class)
        .single();
  }

  void changed(UUID response, AnswerLayout layout) {
    jdbc.sql("update measures_response set layout = ?, version = version + 1 where id = ?")
        .params(layout.code(), response)
        .update();
  }

  /** Marks a response refused: kept for its safety answers only, never scored. */
  void refused(UUID response, String reason) {
    jdbc.sql("update measures_response set status = 'refused', refusal = ? where id = ?")
        .params(reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...", response)
        .update();
  }

  void submitted(UUID response, @Nullable UUID by, Instant at, Score score) {
    jdbc.sql(
            """
            update measures_response set status = 'submitted', submitted_by = ?, submitted_at = ?,
              total = ?, band = ?, caseness = ?, subscales = ?::jsonb, version = version + 1
            where id = ?
            """)
        .params(
            by,
            utc(at),
            score.total(),
            score.band().code(),
            score.caseness(),
            json(score.subscales()),
            response)
        .update();
  }

  private Optional<Response> read(UUID id, String lock) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    Optional<Response> found =
        jdbc.sql("select " + COLUMNS + " from measures_response where id = ?" + lock)
            .param(id)
            .query((row, n) -> map(row, Map.of()))
            .optional();
    if (found.isEmpty()) {
      return found;
    }
    jdbc.sql("select link_id, value from measures_answer where response_id = ?")
        .param(id)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                row -> answers.put(row.getString("link_id"), row.getInt("value")));
    Response response = found.get();
    return Optional.of(
        new Response(
            response.id(),
            response.person(),
            response.instrument(),
            response.assignment(),
            response.submitted(),
            response.layout(),
            response.startedAt(),
            response.submittedAt(),
            response.total(),
            response.band(),
            response.caseness(),
            response.version(),
            answers));
  }

  private static Response map(ResultSet row, Map<String, Integer> answers) throws SQLException {
    OffsetDateTime submittedAt = row.getObject("submitted_at", OffsetDateTime.class);
    return new Response(
        row.getObject("id", UUID.class),
        row.getObject("person_id", UUID.class),
        row.getString("instrument"),
        row.getObject("assignment_id", UUID.class),
        "submitted".equals(row.getString("status")),
        AnswerLayout.ofCode(row.getString("layout")).orElse(AnswerLayout.ONE_PER_PAGE),
        row.getObject("started_at", OffsetDateTime.class).toInstant(),
        submittedAt == null ? null : submittedAt.toInstant(),
        row.getObject("total", Integer.class),
        row.getString("band"),
        row.getObject("caseness", Boolean.class),
        row.getInt("version"),
        answers);
  }

  /** Subscale totals as a JSON object; ids are the instrument's own, escaped all the same. */
  static String json(Map<String, Integer> subscales) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(subscales)
        .forEach(
            (id, total) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              json.append('"')
                  .append(id.replace("\\", "\\\\").replace("\"", "\\\""))
                  .append("\":")
                  .append(total);
            });
    return json.append('}').toString();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
