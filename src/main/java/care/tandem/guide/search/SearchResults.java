package care.tandem.guide.search;

import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.List;

/** A search and what it found, best match first. */
public record SearchResults(SearchQuery query, List<Result> results, int total) {

  public boolean searched() {
    return query.canSearch();
  }

  /** The search box as a form field, with the query's error if it has one. */
  public Field queryField() {
    return new Field("q", "q", List.of(query.text()), query.error());
  }

  /** The error summary's one possible entry. */
  public List<FormView.ErrorLink> errors() {
    return query.error() == null ? List.of() : List.of(new FormView.ErrorLink(query.error(), "#q"));
  }

  public boolean nothingFound() {
    return searched() && results.isEmpty();
  }

  /** One matching guide entry: what kind it is, its title and a snippet, both highlighted. */
  public record Result(String kindLabel, Snippet title, Snippet snippet, String href) {}
}
