package care.tandem.guide.search;

import care.tandem.guide.search.SearchResults.Result;
import care.tandem.system.components.Link;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches problems, solutions, barriers with their ideas, and examples with PostgreSQL full-text
 * search: {@code websearch_to_tsquery} so any input is a valid query, ranked by {@code ts_rank_cd}
 * over title (A), summary (B) and body (C) weights.
 */
@Service
public class GuideSearch {

  static final int LIMIT = 50;

  private static final String HIGHLIGHT =
      "StartSel=\"" + Snippet.START + "\", StopSel=\"" + Snippet.STOP + "\"";
  private static final String SNIPPET =
      HIGHLIGHT + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
  private static final String TITLE = HIGHLIGHT + ", HighlightAll=true";

  private static final Map<String, String> KINDS =
      Map.of(
          "problem", "Problem",
          "solution", "Solution",
          "barrier", "Barrier",
          "example", "Example");
  private static final Map<String, String> PATHS =
      Map.of(
          "problem", "/guide/problems/",
          "solution", "/guide/solutions/",
          "barrier", "/guide/barriers/",
          "example", "/guide/examples/");

  private final JdbcClient jdbc;

  GuideSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public SearchResults search(SearchQuery query) {
    if (!query.canSearch()) {
      return new SearchResults(query, List.of(), 0);
    }
    List<Row> rows =
        jdbc.sql(
                """
                select e.kind, e.entry_id,
                       ts_headline('english', e.title, q, :title) as title,
                       ts_headline('english', e.summary || ' ' || e.body, q, :snippet) as snippet,
                       count(*) over () as total
                from guide_search_entry e, websearch_to_tsquery('english', :query) q
                where e.document @@ q
                order by ts_rank_cd(e.document, q) desc, e.title, e.kind
                limit :limit""")
            .param("title", TITLE)
            .param("snippet", SNIPPET)
            .param("query", query.text())
            .param("limit", LIMIT)
            .query(Row.class)
            .list();
    List<Result> results =
        rows.stream()
            .map(
                row ->
                    new Result(
                        KINDS.get(row.kind()),
                        Snippet.parse(row.title()),
                        Snippet.parse(row.snippet()),
                        PATHS.get(row.kind()) + row.entryId()))
            .toList();
    return new SearchResults(query, results, rows.isEmpty() ? 0 : rows.get(0).total());
  }

  /** Every area of the guide, to browse when a search finds nothing. */
  public List<Link> areas() {
    return jdbc.sql(
            "select title as text, '/guide/areas/' || id as href from guide_area order by position")
        .query(Link.class)
        .list();
  }

  record Row(String kind, String entryId, String title, String snippet, int total) {}
}
