package care.tandem.plan;

import care.tandem.system.components.Choice;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "This was changed by someone else": the goal or action as saved now and as the editor submitted
 * it, side by side, and a form to choose, field by field, what to keep.
 *
 * @param kind "goal" or "action"
 * @param title the item's title as saved now
 * @param version the plan version the merge starts from (the one shown as saved now)
 * @param hidden the editor's own values, carried to the merge as hidden fields
 */
public record MergePage(
    String personName,
    String kind,
    String title,
    String formAction,
    String planHref,
    int version,
    String savedBy,
    String savedAt,
    List<Row> rows,
    List<Hidden> hidden,
    List<FormView.ErrorLink> errors) {

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<Row> differing() {
    return rows.stream().filter(Row::differs).toList();
  }

  /**
   * One field in both versions; where they differ, the choice of which to keep.
   *
   * @param combined for text, a box to write a combined version in
   */
  public record Row(
      String label,
      List<String> saved,
      List<String> yours,
      boolean differs,
      @Nullable Field choice,
      List<Choice> options,
      @Nullable Field combined) {}

  /** A hidden form field. */
  public record Hidden(String name, String value) {}
}
