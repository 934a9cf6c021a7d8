package care.tandem.guide.content;

import care.tandem.guide.content.GuideContent.Barrier;
import care.tandem.guide.content.GuideContent.Example;
import care.tandem.guide.content.GuideContent.Problem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes checked guide content into the guide tables, replacing what was there, in batches. */
@Repository
class GuideContentStore {

  private final JdbcTemplate jdbc;

  GuideContentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces all guide content; the caller holds the transaction. */
  void replaceAll(GuideContent content) {
    jdbc.execute(
        "delete from guide_search_entry; delete from guide_problem_solution;"
            + " delete from guide_problem_barrier; delete from guide_problem_example;"
            + " delete from guide_problem; delete from guide_solution; delete from guide_barrier;"
            + " delete from guide_example; delete from guide_area");
    batch(
        "insert into guide_area (id, position, title, summary, body_html) values (?, ?, ?, ?, ?)",
        content.areas().stream()
            .map(a -> row(a.id(), a.order(), a.title(), a.summary(), a.body().html()))
            .toList());
    batch(
        "insert into guide_solution (id, title, summary, body_html, principles)"
            + " values (?, ?, ?, ?, cast(? as text[]))",
        content.solutions().stream()
            .map(s -> row(s.id(), s.title(), s.summary(), s.body().html(), array(s.principles())))
            .toList());
    batch(
        "insert into guide_barrier (id, title, ideas, body_html)"
            + " values (?, ?, cast(? as text[]), ?)",
        content.barriers().stream()
            .map(b -> row(b.id(), b.title(), array(b.ideas()), b.body().html()))
            .toList());
    batch(
        "insert into guide_example (id, title, organisation, kind, source_title, source_url,"
            + " body_html) values (?, ?, ?, ?, ?, ?, ?)",
        content.examples().stream().map(GuideContentStore::example).toList());
    batch(
        "insert into guide_problem (id, area_id, title, summary, body_html, roles, settings)"
            + " values (?, ?, ?, ?, ?, cast(? as text[]), cast(? as text[]))",
        content.problems().stream().map(GuideContentStore::problem).toList());
    links(content, "guide_problem_solution", "solution_id", Problem::solutions);
    links(content, "guide_problem_barrier", "barrier_id", Problem::barriers);
    links(content, "guide_problem_example", "example_id", Problem::examples);
    batch(
        "insert into guide_search_entry (kind, entry_id, title, summary, body)"
            + " values (?, ?, ?, ?, ?)",
        searchEntries(content));
  }

  private static Object[] example(Example e) {
    return row(
        e.id(),
        e.title(),
        e.organisation(),
        e.kind(),
        e.sourceTitle(),
        e.sourceUrl(),
        e.body().html());
  }

  private static Object[] problem(Problem p) {
    return row(
        p.id(),
        p.area(),
        p.title(),
        p.summary(),
        p.body().html(),
        array(p.roles()),
        array(p.settings()));
  }

  private void links(
      GuideContent content,
      String table,
      String column,
      java.util.function.Function<Problem, List<String>> linked) {
    List<Object[]> rows = new ArrayList<>();
    for (Problem problem : content.problems()) {
      List<String> ids = linked.apply(problem);
      for (int position = 0; position < ids.size(); position++) {
        rows.add(row(problem.id(), ids.get(position), position));
      }
    }
    batch(
        "insert into " + table + " (problem_id, " + column + ", position) values (?, ?, ?)", rows);
  }

  private static List<Object[]> searchEntries(GuideContent content) {
    List<Object[]> rows = new ArrayList<>();
    for (Problem p : content.problems()) {
      rows.add(searchable("problem", p.id(), p.title(), p.summary(), p.body().text()));
    }
    for (var s : content.solutions()) {
      rows.add(searchable("solution", s.id(), s.title(), s.summary(), s.body().text()));
    }
    for (Barrier b : content.barriers()) {
      rows.add(
          searchable("barrier", b.id(), b.title(), String.join(" ", b.ideas()), b.body().text()));
    }
    for (Example e : content.examples()) {
      rows.add(searchable("example", e.id(), e.title(), e.organisation(), e.body().text()));
    }
    return rows;
  }

  private static Object[] searchable(
      String kind, String id, String title, String summary, String body) {
    return row(kind, id, plain(title), plain(summary), plain(body));
  }

  /**
   * Search text without private-use characters: search marks its highlights with them, so content
   * can never forge a highlight.
   */
  private static String plain(String text) {
    return text.replaceAll("[\\uE000-\\uF8FF]", "");
  }

  private void batch(String sql, List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql, rows);
    }
  }

  private static String[] array(List<String> items) {
    return items.toArray(String[]::new);
  }

  private static Object[] row(Object... values) {
    return values;
  }
}
