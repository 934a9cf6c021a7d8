package care.tandem.guide.browse;

import care.tandem.guide.browse.GuideViews.AreaSummary;
import care.tandem.guide.browse.GuideViews.Barrier;
import care.tandem.guide.browse.GuideViews.Example;
import care.tandem.guide.browse.GuideViews.ProblemSummary;
import care.tandem.guide.browse.GuideViews.Solution;
import care.tandem.guide.content.GuideTags;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored guide, shaped for pages. */
@Repository
public class GuideCatalogue {

  private static final String PROBLEM = "select p.id, p.title, p.summary, p.roles, p.settings ";

  private final JdbcClient jdbc;

  GuideCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AreaSummary> areas() {
    return jdbc.sql(
            """
            select a.id, a.title, a.summary,
                   (select count(*) from guide_problem p where p.area_id = a.id) as problems
            from guide_area a order by a.position""")
        .query(GuideCatalogue::area)
        .list();
  }

  Optional<AreaSummary> area(String id) {
    return jdbc.sql(
            """
            select a.id, a.title, a.summary,
                   (select count(*) from guide_problem p where p.area_id = a.id) as problems
            from guide_area a where a.id = ?""")
        .param(id)
        .query(GuideCatalogue::area)
        .optional();
  }

  String areaBody(String id) {
    return jdbc.sql("select body_html from guide_area where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  List<ProblemSummary> problemsInArea(String areaId) {
    return jdbc.sql(PROBLEM + "from guide_problem p where p.area_id = ? order by p.title")
        .param(areaId)
        .query(PROBLEMS)
        .list();
  }

  /** How many problems are tagged with any of the roles and any of the settings given. */
  int countProblems(Collection<String> roles, Collection<String> settings) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("select count(*) from guide_problem p" + where(roles, settings, params))
        .params(params)
        .query(Integer.class)
        .single();
  }

  /** One page of those problems, in area order then by title. */
  List<ProblemSummary> problems(
      Collection<String> roles, Collection<String> settings, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(roles, settings, params);
    params.add(size);
    params.add((long) (page - 1) * size);
    return jdbc.sql(
            PROBLEM
                + "from guide_problem p join guide_area a on a.id = p.area_id"
                + where
                + " order by a.position, p.title limit ? offset ?")
        .params(params)
        .query(PROBLEMS)
        .list();
  }

  private static String where(
      Collection<String> roles, Collection<String> settings, List<Object> params) {
    StringBuilder where = new StringBuilder(" where true");
    if (!roles.isEmpty()) {
      where.append(" and p.roles && cast(? as text[])");
      params.add(roles.toArray(String[]::new));
    }
    if (!settings.isEmpty()) {
      where.append(" and p.settings && cast(? as text[])");
      params.add(settings.toArray(String[]::new));
    }
    return where.toString();
  }

  Optional<ProblemSummary> problem(String id) {
    return jdbc.sql(PROBLEM + "from guide_problem p where p.id = ?")
        .param(id)
        .query(PROBLEMS)
        .optional();
  }

  /** The problem's area id and its body. */
  Map.Entry<String, String> problemAreaAndBody(String id) {
    return jdbc.sql("select area_id, body_html from guide_problem where id = ?")
        .param(id)
        .query((rs, row) -> Map.entry(rs.getString("area_id"), rs.getString("body_html")))
        .single();
  }

  List<Solution> solutionsFor(String problemId) {
    return jdbc.sql(
            """
            select s.id, s.title, s.summary, s.body_html from guide_problem_solution ps
            join guide_solution s on s.id = ps.solution_id
            where ps.problem_id = ? order by ps.position""")
        .param(problemId)
        .query(SOLUTIONS)
        .list();
  }

  List<Barrier> barriersFor(String problemId) {
    return jdbc.sql(
            """
            select b.id, b.title, b.body_html, b.ideas from guide_problem_barrier pb
            join guide_barrier b on b.id = pb.barrier_id
            where pb.problem_id = ? order by pb.position""")
        .param(problemId)
        .query(BARRIERS)
        .list();
  }

  List<Example> examplesFor(String problemId) {
    return jdbc.sql(
            """
            select e.* from guide_problem_example pe
            join guide_example e on e.id = pe.example_id
            where pe.problem_id = ? order by pe.position""")
        .param(problemId)
        .query(EXAMPLES)
        .list();
  }

  /** The principles any of the problem's solutions serve, without repeats. */
  List<String> principlesFor(String problemId) {
    return jdbc.sql(
            """
            select distinct unnest(s.principles) from guide_problem_solution ps
            join guide_solution s on s.id = ps.solution_id where ps.problem_id = ?""")
        .param(problemId)
        .query(String.class)
        .list();
  }

  Optional<Solution> solution(String id) {
    return jdbc.sql("select id, title, summary, body_html from guide_solution where id = ?")
        .param(id)
        .query(SOLUTIONS)
        .optional();
  }

  List<String> principlesOfSolution(String id) {
    return jdbc.sql("select unnest(principles) from guide_solution where id = ?")
        .param(id)
        .query(String.class)
        .list();
  }

  /** Solutions serving a principle, by title. */
  List<Solution> solutionsServing(String principleId) {
    return jdbc.sql(
            """
            select id, title, summary, body_html from guide_solution
            where ? = any(principles) order by title""")
        .param(principleId)
        .query(SOLUTIONS)
        .list();
  }

  Optional<Barrier> barrier(String id) {
    return jdbc.sql("select id, title, body_html, ideas from guide_barrier where id = ?")
        .param(id)
        .query(BARRIERS)
        .optional();
  }

  Optional<Example> example(String id) {
    return jdbc.sql("select * from guide_example where id = ?")
        .param(id)
        .query(EXAMPLES)
        .optional();
  }

  /** Problems linking to an entry through one of the link tables, in guide order. */
  List<ProblemSummary> problemsLinkedTo(String linkTable, String column, String id) {
    return jdbc.sql(
            PROBLEM
                + "from "
                + linkTable
                + " l join guide_problem p on p.id = l.problem_id"
                + " join guide_area a on a.id = p.area_id where l."
                + column
                + " = ? order by a.position, p.title")
        .param(id)
        .query(PROBLEMS)
        .list();
  }

  private static AreaSummary area(ResultSet rs, int row) throws SQLException {
    return new AreaSummary(
        rs.getString("id"), rs.getString("title"), rs.getString("summary"), rs.getInt("problems"));
  }

  private static final RowMapper<ProblemSummary> PROBLEMS =
      (rs, row) ->
          new ProblemSummary(
              rs.getString("id"),
              rs.getString("title"),
              rs.getString("summary"),
              labels(rs.getArray("roles"), GuideTags.ROLES),
              labels(rs.getArray("settings"), GuideTags.SETTINGS));

  private static final RowMapper<Solution> SOLUTIONS =
      (rs, row) ->
          new Solution(
              rs.getString("id"),
              rs.getString("title"),
              rs.getString("summary"),
              rs.getString("body_html"));

  private static final RowMapper<Barrier> BARRIERS =
      (rs, row) ->
          new Barrier(
              rs.getString("id"),
              rs.getString("title"),
              rs.getString("body_html"),
              strings(rs.getArray("ideas")));

  private static final RowMapper<Example> EXAMPLES =
      (rs, row) ->
          new Example(
              rs.getString("id"),
              rs.getString("title"),
              rs.getString("organisation"),
              "test-team".equals(rs.getString("kind")),
              rs.getString("source_title"),
              rs.getString("source_url"),
              rs.getString("body_html"));

  private static List<String> strings(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }

  private static List<String> labels(Array array, Map<String, String> labels) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .map(tag -> labels.getOrDefault(tag, tag))
        .toList();
  }
}
