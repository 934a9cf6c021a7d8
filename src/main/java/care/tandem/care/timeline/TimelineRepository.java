package care.tandem.care.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Timeline entries in PostgreSQL ({@code care_timeline_entry}). */
@Repository
class TimelineRepository {

  private static final String COLUMNS =
      "select id, person_id, occurred_at, kind, actor_id, title, link from care_timeline_entry";

  private final JdbcClient jdbc;

  TimelineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when an entry for the same source is there already (a replayed event). */
  boolean add(NewEntry entry) {
    return jdbc.sql(
                """
                insert into care_timeline_entry
                  (id, person_id, occurred_at, kind, actor_id, title, link, source_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, source_id) do nothing
                """)
            .params(
                UUID.randomUUID(),
                entry.person(),
                OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
                entry.kind().code(),
                entry.actor(),
                entry.title(),
                entry.link(),
                entry.source())
            .update()
        == 1;
  }

  /**
   * A page of the person's entries, newest first.
   *
   * @param kinds the kind codes to show, or null for every kind
   */
  List<TimelineEntry> page(UUID person, @Nullable List<String> kinds, int offset, int size) {
    return jdbc.sql(
            COLUMNS
                + " where person_id = :person"
                + (kinds == null ? "" : " and kind = any(:kinds)")
                + " order by occurred_at desc, seq desc limit :size offset :offset")
        .param("person", person)
        .param("kinds", kinds == null ? new String[0] : kinds.toArray(String[]::new))
        .param("size", size)
        .param("offset", offset)
        .query(TimelineRepository::entry)
        .list();
  }

  /**
   * How many entries the page's filters match, and how many of them others added after {@code
   * since} (none when {@code since} is null: on a first visit nothing is marked new).
   */
  Counts count(UUID person, @Nullable List<String> kinds, @Nullable Instant since, UUID viewer) {
    return jdbc.sql(
            """
            select count(*) as total,
              count(*) filter (where occurred_at > cast(:since as timestamptz)
                and actor_id is distinct from :viewer) as fresh
            from care_timeline_entry where person_id = :person
            """
                + (kinds == null ? "" : " and kind = any(:kinds)"))
        .param("person", person)
        .param("kinds", kinds == null ? new String[0] : kinds.toArray(String[]::new))
        .param("since", since == null ? null : OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
        .param("viewer", viewer)
        .query((rs, row) -> new Counts(rs.getInt("total"), rs.getInt("fresh")))
        .single();
  }

  /** Entries others added after {@code since}, newest first, at most {@code limit}. */
  List<TimelineEntry> since(UUID person, @Nullable Instant since, UUID viewer, int limit) {
    return jdbc.sql(
            COLUMNS
                + """
                 where person_id = :person and actor_id is distinct from :viewer
                  and (cast(:since as timestamptz) is null or occurred_at > cast(:since as timestamptz))
                order by occurred_at desc, seq desc limit :limit
                """)
        .param("person", person)
        .param("viewer", viewer)
        .param("since", since == null ? null : OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
        .param("limit", limit)
        .query(TimelineRepository::entry)
        .list();
  }

  /** When something last happened on each record, one index probe per person. */
  Map<UUID, Instant> latest(Collection<UUID> people) {
    Map<UUID, Instant> latest = new HashMap<>();
    if (people.isEmpty()) {
      return latest;
    }
    jdbc.sql(
            """
            select p.id, (select e.occurred_at from care_timeline_entry e where e.person_id = p.id
                order by e.occurred_at desc limit 1) as latest
            from unnest(:people) as p(id)
            """)
        .param("people", people.toArray(UUID[]::new))
        .query(
            rs -> {
              OffsetDateTime at = rs.getObject("latest", OffsetDateTime.class);
              if (at != null) {
                latest.put(rs.getObject("id", UUID.class), at.toInstant());
              }
            });
    return latest;
  }

  record Counts(int total, int fresh) {}

  private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
    return new TimelineEntry(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("kind"),
        rs.getObject("actor_id", UUID.class),
        rs.getString("title"),
        rs.getString("link"));
  }
}
