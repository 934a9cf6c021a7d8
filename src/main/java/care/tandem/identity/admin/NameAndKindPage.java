package care.tandem.identity.admin;

import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.List;

/**
 * The add and change pages for organisations and services: a name and a kind. After a stale edit,
 * {@code unsavedChanges} lists what the person had typed, next to the saved values in the form.
 */
public record NameAndKindPage(
    String thing,
    String heading,
    String caption,
    String action,
    String submitLabel,
    String nameLabel,
    String kindLegend,
    FormView form,
    List<Choice> kinds,
    String backHref,
    List<String> unsavedChanges) {

  public boolean stale() {
    return !unsavedChanges.isEmpty();
  }
}
