package care.tandem.directory.oruk;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with one record of an import: which entity and id, which field, what is wrong,
 * and (for CSV) the file and line. Rejections stop the whole import; warnings do not.
 */
public record ImportProblem(
    String entity, String id, @Nullable String field, String message, @Nullable String source) {

  /** "service 1f2d…: status must be one of active, inactive… (services.csv line 3)". */
  @Override
  public String toString() {
    return entity
        + " "
        + id
        + ": "
        + (field == null ? "" : field + " ")
        + message
        + (source == null ? "" : " (" + source + ")");
  }
}
