package care.tandem.learning.pathways;

import care.tandem.system.form.FormView;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Starting a pathway: its title and a line about who it is for. */
public record NewPathwayForm(
    @Nullable String title, @Nullable String summary, @Nullable String idempotencyKey) {

  static NewPathwayForm blank() {
    return new NewPathwayForm(null, null, UUID.randomUUID().toString());
  }

  FormView checked() {
    FormView view = FormView.of(this);
    if (title == null || title.isBlank()) {
      view = view.withError("title", "Enter a title");
    } else if (title.strip().length() > 120) {
      view = view.withError("title", "The title must be 120 characters or fewer");
    }
    if (summary == null || summary.isBlank()) {
      view = view.withError("summary", "Enter who the pathway is for");
    } else if (summary.strip().length() > 500) {
      view = view.withError("summary", "The summary must be 500 characters or fewer");
    }
    return view;
  }

  Optional<UUID> key() {
    try {
      return Optional.of(UUID.fromString(idempotencyKey == null ? "" : idempotencyKey.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
