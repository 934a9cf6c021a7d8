package care.tandem.guide.content;

import care.tandem.guide.content.GuideContent.Area;
import care.tandem.guide.content.GuideContent.Barrier;
import care.tandem.guide.content.GuideContent.Example;
import care.tandem.guide.content.GuideContent.Problem;
import care.tandem.guide.content.GuideContent.Solution;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes checked guide content into the guide tables, replacing what was there. */
@Repository
class GuideContentStore {

  private final JdbcClient jdbc;

  GuideContentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces all guide content; the caller holds the transaction. */
  void replaceAll(GuideContent content) {
    for (String table :
        List.of(
            "guide_search_entry",
            "guide_problem_solution",
            "guide_problem_barrier",
            "guide_problem_example",
            "guide_problem",
            "guide_solution",
            "guide_barrier",
            "guide_example",
            "guide_area")) {
      jdbc.sql("delete from " + table).update();
    }
    content.areas().forEach(this::insert);
    content.solutions().forEach(this::insert);
    content.barriers().forEach(this::insert);
    content.examples().forEach(this::insert);
    content.problems().forEach(this::insert);
  }

  private void insert(Area area) {
    jdbc.sql("insert into guide_area (id, position, title, summary, body_html) values (?,?,?,?,?)")
        .params(area.id(), area.order(), area.title(), area.summary(), area.body().html())
        .update();
  }

  private void insert(Problem problem) {
    jdbc.sql(
            """
            insert into guide_problem (id, area_id, title, summary, body_html, roles, settings)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            problem.id(),
            problem.area(),
            problem.title(),
            problem.summary(),
            problem.body().html(),
            problem.roles().toArray(String[]::new),
            problem.settings().toArray(String[]::new))
        .update();
    links("guide_problem_solution", "solution_id", problem.id(), problem.solutions());
    links("guide_problem_barrier", "barrier_id", problem.id(), problem.barriers());
    links("guide_problem_example", "example_id", problem.id(), problem.examples());
    searchable("problem", problem.id(), problem.title(), problem.summary(), problem.body().text());
  }

  private void insert(Solution solution) {
    jdbc.sql(
            """
            insert into guide_solution (id, title, summary, body_html, principles)
            values (?, ?, ?, ?, ?)""")
        .params(
            solution.id(),
            solution.title(),
            solution.summary(),
            solution.body().html(),
            solution.principles().toArray(String[]::new))
        .update();
    searchable(
        "solution", solution.id(), solution.title(), solution.summary(), solution.body().text());
  }

  private void insert(Barrier barrier) {
    jdbc.sql("insert into guide_barrier (id, title, ideas, body_html) values (?, ?, ?, ?)")
        .params(
            barrier.id(),
            barrier.title(),
            barrier.ideas().toArray(String[]::new),
            barrier.body().html())
        .update();
    searchable(
        "barrier",
        barrier.id(),
        barrier.title(),
        String.join(" ", barrier.ideas()),
        barrier.body().text());
  }

  private void insert(Example example) {
    jdbc.sql(
            """
            insert into guide_example (id, title, organisation, kind, source_title, source_url,
                body_html)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            example.id(),
            example.title(),
            example.organisation(),
            example.kind(),
            example.sourceTitle(),
            example.sourceUrl(),
            example.body().html())
        .update();
    searchable(
        "example", example.id(), example.title(), example.organisation(), example.body().text());
  }

  private void links(String table, String column, String problemId, List<String> ids) {
    for (int position = 0; position < ids.size(); position++) {
      jdbc.sql("insert into " + table + " (problem_id, " + column + ", position) values (?, ?, ?)")
          .params(problemId, ids.get(position), position)
          .update();
    }
  }

  private void searchable(String kind, String id, String title, String summary, String body) {
    jdbc.sql(
            """
            insert into guide_search_entry (kind, entry_id, title, summary, body)
            values (?, ?, ?, ?, ?)""")
        .params(kind, id, plain(title), plain(summary), plain(body))
        .update();
  }

  /**
   * Search text without private-use characters: search marks its highlights with them, so content
   * can never forge a highlight.
   */
  private static String plain(String text) {
    return text.replaceAll("[\\uE000-\\uF8FF]", "");
  }
}
