package care.tandem.directory.finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search as asked for: the criteria that could be read, what was typed (to show it again), and a
 * message for each answer that could not be used, keyed by the field's id in page order. The
 * postcode is only checked for shape here; {@link PostcodeLookup} finds where it is.
 */
public record SearchRequest(
    SearchCriteria criteria,
    @Nullable String typedPostcode,
    Map<String, List<String>> typed,
    Map<String, String> errors) {

  public SearchRequest {
    typed = Map.copyOf(typed);
    errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** What was typed for a field, or nothing. */
  public List<String> typed(String name) {
    return typed.getOrDefault(name, List.of());
  }

  /** True when anything was asked for, valid or not: the page then shows results or errors. */
  public boolean asked() {
    return criteria.hasCriteria() || typedPostcode != null || hasErrors();
  }

  SearchRequest withError(String field, String message) {
    Map<String, String> more = new LinkedHashMap<>(errors);
    more.putIfAbsent(field, message);
    return new SearchRequest(criteria, typedPostcode, typed, more);
  }

  SearchRequest withCriteria(SearchCriteria changed) {
    return new SearchRequest(changed, typedPostcode, typed, errors);
  }
}
