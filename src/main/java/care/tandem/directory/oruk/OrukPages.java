package care.tandem.directory.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ORUK page wrapper: {@code total_items}, {@code total_pages}, {@code page_number}, {@code
 * size} (items on this page), {@code first_page}, {@code last_page}, {@code empty} and {@code
 * contents}. A page past the last is empty but keeps the true totals.
 */
@Component
class OrukPages {

  record Ids(long total, List<UUID> ids) {}

  private final JdbcClient jdbc;
  private final OrukRows rows;

  OrukPages(JdbcClient jdbc, OrukRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  JsonMapper json() {
    return rows.json;
  }

  ObjectNode page(OrukQuery query, long total, List<ObjectNode> contents) {
    long totalPages = (total + query.perPage() - 1) / query.perPage();
    ObjectNode page = rows.json.createObjectNode();
    page.put("total_items", total);
    page.put("total_pages", totalPages);
    page.put("page_number", query.page());
    page.put("size", contents.size());
    page.put("first_page", query.page() == 1);
    page.put("last_page", query.page() >= totalPages);
    page.put("empty", contents.isEmpty());
    page.putArray("contents").addAll(new ArrayList<>(contents));
    return page;
  }

  /** A page of ids of a small table (taxonomies, terms), ordered by a column. */
  Ids ids(String table, String orderBy, OrukQuery query) {
    long total = jdbc.sql("select count(*) from " + table).query(Long.class).single();
    List<UUID> ids =
        jdbc.sql("select id from " + table + " order by " + orderBy + ", id limit ? offset ?")
            .params(query.perPage(), query.offset())
            .query(UUID.class)
            .list();
    return new Ids(total, ids);
  }
}
