package care.tandem.directory.signposting;

import care.tandem.directory.SignpostOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signposts and their outcomes in {@code directory_signpost} and its outcome table. */
@Repository
class SignpostRepository {

  private static final String SELECT =
      """
      select s.id, s.person_id, s.service_id, d.name, s.reason, s.signposted_by, s.signposted_at,
             s.outcome, s.outcome_at, s.version
      from directory_signpost s join directory_service d on d.id = s.service_id
      """;

  private final JdbcClient jdbc;

  SignpostRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The service's name, if there is such a listing. */
  Optional<String> serviceName(UUID service) {
    return jdbc.sql("select name from directory_service where id = ?")
        .param(service)
        .query(String.class)
        .optional();
  }

  /** Inserts once per key; false when the key was used already (nothing is inserted). */
  boolean insert(Signpost signpost, UUID key) {
    return jdbc.sql(
                """
                insert into directory_signpost (id, person_id, service_id, reason, signposted_by,
                  signposted_at, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing
                """)
            .params(
                signpost.id(),
                signpost.person(),
                signpost.service(),
                signpost.reason(),
                signpost.signpostedBy(),
                Timestamp.from(signpost.signpostedAt()),
                key)
            .update()
        == 1;
  }

  /** The signpost an earlier submit with this key made. */
  Optional<Signpost> byKey(UUID key) {
    return jdbc.sql(SELECT + " where s.idempotency_key = ?")
        .param(key)
        .query(SignpostRepository::signpost)
        .optional();
  }

  List<Signpost> forPerson(UUID person) {
    return jdbc.sql(SELECT + " where s.person_id = ? order by s.signposted_at desc, s.id")
        .param(person)
        .query(SignpostRepository::signpost)
        .list();
  }

  Optional<Signpost> find(UUID person, UUID id) {
    return jdbc.sql(SELECT + " where s.person_id = ? and s.id = ?")
        .params(person, id)
        .query(SignpostRepository::signpost)
        .optional();
  }

  /** Signposts of these people with no outcome, made before {@code before}, oldest first. */
  List<Signpost> openBefore(Collection<UUID> people, Instant before) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + """
                 where s.person_id in (:people) and s.outcome is null and s.signposted_at < :before
                 order by s.signposted_at, s.id
                """)
        .param("people", List.copyOf(people))
        .param("before", Timestamp.from(before))
        .query(SignpostRepository::signpost)
        .list();
  }

  /** Every outcome recorded for these signposts, oldest first, by signpost. */
  Map<UUID, List<RecordedOutcome>> outcomes(Collection<UUID> signposts) {
    Map<UUID, List<RecordedOutcome>> bySignpost = new LinkedHashMap<>();
    if (signposts.isEmpty()) {
      return bySignpost;
    }
    jdbc.sql(
            """
            select signpost_id, outcome, note, recorded_by, recorded_at
            from directory_signpost_outcome where signpost_id in (:ids)
            order by recorded_at, id
            """)
        .param("ids", List.copyOf(signposts))
        .query(
            (row, number) ->
                new RecordedOutcome(
                    row.getObject(1, UUID.class),
                    SignpostOutcome.ofCode(row.getString(2)).orElseThrow(),
                    row.getString(3),
                    row.getObject(4, UUID.class),
                    row.getTimestamp(5).toInstant()))
        .list()
        .forEach(
            outcome ->
                bySignpost
                    .computeIfAbsent(outcome.signpost(), id -> new ArrayList<>())
                    .add(outcome));
    return bySignpost;
  }

  /** Whether an outcome was already recorded with this key (a repeated submit). */
  boolean outcomeKeyUsed(UUID key) {
    return jdbc.sql("select count(*) from directory_signpost_outcome where idempotency_key = ?")
            .param(key)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Sets the latest outcome if the signpost is still at {@code version}; false if it was not. */
  boolean setLatest(UUID person, UUID signpost, SignpostOutcome outcome, Instant at, int version) {
    return jdbc.sql(
                """
                update directory_signpost set outcome = ?, outcome_at = ?, version = version + 1
                where id = ? and person_id = ? and version = ?
                """)
            .params(outcome.code(), Timestamp.from(at), signpost, person, version)
            .update()
        == 1;
  }

  void insertOutcome(UUID id, RecordedOutcome outcome, UUID key) {
    jdbc.sql(
            """
            insert into directory_signpost_outcome (id, signpost_id, outcome, note, recorded_by,
              recorded_at, idempotency_key)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            outcome.signpost(),
            outcome.outcome().code(),
            outcome.note(),
            outcome.recordedBy(),
            Timestamp.from(outcome.recordedAt()),
            key)
        .update();
  }

  private static Signpost signpost(ResultSet row, int number) throws SQLException {
    Timestamp outcomeAt = row.getTimestamp(9);
    return new Signpost(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        row.getObject(3, UUID.class),
        row.getString(4),
        row.getString(5),
        row.getObject(6, UUID.class),
        row.getTimestamp(7).toInstant(),
        outcome(row.getString(8)),
        outcomeAt == null ? null : outcomeAt.toInstant(),
        row.getInt(10));
  }

  private static @Nullable SignpostOutcome outcome(@Nullable String code) {
    return code == null ? null : SignpostOutcome.ofCode(code).orElse(null);
  }
}
