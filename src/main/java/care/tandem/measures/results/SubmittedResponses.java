package care.tandem.measures.results;

import care.tandem.care.RecordAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a person's submitted responses, oldest first, through the {@code measures_response_results}
 * index. Takes a {@link RecordAccess}, so nothing is read without the access check and its audit.
 */
@Repository
class SubmittedResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, Integer>> SUBSCALES =
      new TypeReference<>() {};
  private static final String COLUMNS =
      "id, instrument, submitted_at, total, band, caseness, subscales::text as subscales,"
          + " (select display_name from account a where a.id = helped_by) as helped_by_name";

  private final JdbcClient jdbc;

  SubmittedResponses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every submitted response on the record, by instrument, each oldest first. */
  List<SubmittedResponse> all(RecordAccess access) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from measures_response
                where person_id = ? and status = 'submitted'
                order by instrument, submitted_at, id
                """)
        .param(access.person())
        .query(SubmittedResponses::row)
        .list();
  }

  /** The submitted responses to one instrument, oldest first. */
  List<SubmittedResponse> of(RecordAccess access, String instrument) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from measures_response
                where person_id = ? and instrument = ? and status = 'submitted'
                order by submitted_at, id
                """)
        .params(access.person(), instrument)
        .query(SubmittedResponses::row)
        .list();
  }

  private static SubmittedResponse row(ResultSet rs, int number) throws SQLException {
    String band = rs.getString("band");
    return new SubmittedResponse(
        rs.getObject("id", UUID.class),
        rs.getString("instrument"),
        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
        rs.getInt("total"),
        band == null ? "" : band,
        rs.getBoolean("caseness"),
        subscales(rs.getString("subscales")),
        rs.getString("helped_by_name"));
  }

  private static Map<String, Integer> subscales(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    return JSON.readValue(json, SUBSCALES);
  }
}
