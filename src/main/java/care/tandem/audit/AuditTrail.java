package care.tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log for people: the admin search, and "who looked at my record" for a person.
 * Newest first, a page at a time.
 */
@Service
public class AuditTrail {

  public static final int PAGE_SIZE = 25;

  /** Deeper pages than this are refused: narrow the search instead of paging through millions. */
  public static final int MAX_PAGE = 4_000;

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Everything recorded about one person's record, newest first; {@code page} counts from 1. */
  public AuditPage forPerson(UUID person, int page) {
    return search(AuditQuery.forPerson(person), page);
  }

  public AuditPage search(AuditQuery query, int page) {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("Pages run from 1 to " + MAX_PAGE);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(query, params);
    params.put("limit", PAGE_SIZE + 1);
    params.put("offset", (page - 1) * PAGE_SIZE);
    List<AuditEntry> rows =
        jdbc.sql(
                "select occurred_at, actor, actor_role, person, action, outcome, details::text"
                    + " as details from audit_event"
                    + where
                    + " order by occurred_at desc, id desc limit :limit offset :offset")
            .params(params)
            .query(this::entry)
            .list();
    long total =
        jdbc.sql(
                "select count(*) from (select 1 from audit_event"
                    + where
                    + " limit "
                    + AuditPage.COUNT_LIMIT
                    + ") as matching")
            .params(params)
            .query(Long.class)
            .single();
    boolean hasNext = rows.size() > PAGE_SIZE;
    return new AuditPage(
        hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, PAGE_SIZE, total, hasNext);
  }

  private static String where(AuditQuery query, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (query.person() != null) {
      conditions.add("person = :person");
      params.put("person", query.person());
    }
    if (query.account() != null) {
      conditions.add("(actor = :account or details->>'account' = :accountText)");
      params.put("account", query.account());
      params.put("accountText", query.account().toString());
    }
    if (query.action() != null) {
      conditions.add("action ilike :action escape '\\'");
      params.put("action", query.action().replaceAll("[\\\\%_]", "\\\\$0") + "%");
    }
    if (query.outcome() != null) {
      conditions.add("outcome = :outcome");
      params.put("outcome", query.outcome());
    }
    if (query.from() != null) {
      conditions.add("occurred_at >= :from");
      params.put("from", query.from().atStartOfDay(AuditEntry.UK_TIME).toOffsetDateTime());
    }
    if (query.to() != null) {
      conditions.add("occurred_at < :before");
      params.put(
          "before", query.to().plusDays(1).atStartOfDay(AuditEntry.UK_TIME).toOffsetDateTime());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
    return new AuditEntry(
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("actor", UUID.class),
        rs.getString("actor_role"),
        rs.getObject("person", UUID.class),
        rs.getString("action"),
        rs.getString("outcome"),
        details(rs.getString("details")));
  }

  /** Details as text; a value that is not text (only possible by tampering) is shown as JSON. */
  private Map<String, String> details(String text) {
    Map<String, String> details = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : json.readTree(text).properties()) {
      JsonNode value = entry.getValue();
      details.put(entry.getKey(), value.isString() ? value.stringValue() : value.toString());
    }
    return details;
  }
}
