package care.tandem.guide.search;

import java.util.List;

/** A search and what it found, best match first. */
public record SearchResults(SearchQuery query, List<Result> results, int total) {

  public boolean searched() {
    return query.canSearch();
  }

  public boolean nothingFound() {
    return searched() && results.isEmpty();
  }

  /** One matching guide entry: what kind it is, its title and a snippet, both highlighted. */
  public record Result(String kindLabel, Snippet title, Snippet snippet, String href) {}
}
