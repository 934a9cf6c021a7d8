package care.tandem.directory.finding;

import care.tandem.system.components.Choice;
import care.tandem.system.components.Link;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The directory's search page: the form with what was typed and any errors, and when something was
 * asked for, the results with their count and pages.
 */
public record SearchView(
    String title,
    List<FormView.ErrorLink> errors,
    Form form,
    boolean asked,
    boolean searched,
    int total,
    String countText,
    List<ResultView> results,
    List<Link> browseByNeed,
    @Nullable String suggestionHref,
    @Nullable String suggestionText,
    @Nullable String oldPostcodeNotice,
    Pagination.@Nullable Step previous,
    Pagination.@Nullable Step next,
    List<Pagination.Page> pages,
    @Nullable String lastPageHref,
    String query,
    boolean canSave) {

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean nothingFound() {
    return searched && total == 0;
  }

  /** The form's fields, each with what was typed and its error, and the choices offered. */
  public record Form(
      Field need,
      Field q,
      Field postcode,
      Field within,
      Field free,
      Field age,
      Field day,
      Field delivery,
      Field language,
      Field access,
      Field selfReferral,
      List<Choice> needs,
      List<Choice> distances,
      List<Choice> days,
      List<Choice> deliveries,
      List<Choice> features) {}
}
