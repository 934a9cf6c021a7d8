package care.tandem.directory.curating;

import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The add or change listing page. After a stale edit, {@code unsavedChanges} says what was typed
 * next to what is saved now, and the form shows what is saved.
 *
 * @param viewHref the listing's public page, once it exists
 * @param lastChecked when someone last said the listing is true, once it exists
 */
public record ListingFormPage(
    String heading,
    String action,
    String submitLabel,
    FormView form,
    List<Choice> organisations,
    List<Choice> statuses,
    List<Choice> needs,
    List<Choice> delivery,
    List<Choice> accessibility,
    List<Choice> owners,
    List<Day> days,
    @Nullable String viewHref,
    @Nullable String lastChecked,
    List<String> unsavedChanges,
    @Nullable String notice) {

  public boolean stale() {
    return !unsavedChanges.isEmpty();
  }

  /** One day's opening time fields. */
  public record Day(String label, String opensField, String closesField) {}

  static List<Day> allDays() {
    return java.util.Arrays.stream(Weekday.values())
        .map(day -> new Day(day.label(), day.field() + "Opens", day.field() + "Closes"))
        .toList();
  }
}
