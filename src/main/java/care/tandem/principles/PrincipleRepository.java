package care.tandem.principles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the principles and reads them back shaped for pages. */
@Repository
class PrincipleRepository {

  private static final String SUMMARY = "select id, number, title, summary from principle ";

  private final JdbcClient jdbc;

  PrincipleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces every principle; the caller holds the transaction. */
  void replaceAll(List<Principle> principles) {
    jdbc.sql("delete from principle").update();
    for (Principle principle : principles) {
      jdbc.sql(
              """
              insert into principle (id, number, title, summary, for_person_html,
                  for_practitioners_html, for_leads_html, signs_html)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              principle.id(),
              principle.number(),
              principle.title(),
              principle.summary(),
              principle.sections().get(0).html(),
              principle.sections().get(1).html(),
              principle.sections().get(2).html(),
              principle.sections().get(3).html())
          .update();
    }
  }

  List<PrincipleSummary> findAll() {
    return jdbc.sql(SUMMARY + "order by number").query(PrincipleSummary.class).list();
  }

  List<PrincipleSummary> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SUMMARY + "where id in (:ids) order by number")
        .param("ids", ids)
        .query(PrincipleSummary.class)
        .list();
  }

  Optional<PrinciplePage> find(String id) {
    return jdbc.sql(
            """
            select id, number, title, summary, for_person_html, for_practitioners_html,
                   for_leads_html, signs_html
            from principle where id = ?""")
        .param(id)
        .query(
            (rs, row) ->
                new PrinciplePage(
                    new PrincipleSummary(
                        rs.getString("id"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("summary")),
                    rs.getString("for_person_html"),
                    rs.getString("for_practitioners_html"),
                    rs.getString("for_leads_html"),
                    rs.getString("signs_html"),
                    List.of()))
        .optional();
  }
}
