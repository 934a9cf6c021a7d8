package care.tandem.learning.library;

import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The write or change a piece page. After a stale edit, {@code unsavedChanges} lists what was typed
 * and the form shows what is saved now.
 *
 * @param adding whether this writes a new piece (and asks for its web address)
 * @param viewHref the piece's page, once it is published
 */
public record PieceFormPage(
    String heading,
    String action,
    String submitLabel,
    boolean adding,
    FormView form,
    List<Choice> kinds,
    List<Choice> audiences,
    List<Choice> topics,
    List<Choice> media,
    List<Choice> captions,
    @Nullable String viewHref,
    @Nullable String historyHref,
    List<String> unsavedChanges,
    @Nullable String notice) {

  public boolean stale() {
    return !unsavedChanges.isEmpty();
  }
}
