package care.tandem.plan;

import care.tandem.system.form.FormView;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Reading the fields goal and action forms share, over what Bean Validation found: each field keeps
 * its first error, so a blank field is not told twice.
 */
final class FieldCheck {

  private FormView view;

  FieldCheck(BindingResult result) {
    this.view = FormView.of(result);
  }

  /** Text as stored; {@code whenEmpty} if that leaves nothing. */
  String text(String field, @Nullable String value, String whenEmpty) {
    String clean = PlanText.clean(value);
    if (clean.isEmpty()) {
      error(field, whenEmpty);
    }
    return clean;
  }

  Optional<PlanSection> section(@Nullable String value) {
    return choice("section", PlanSection.class, value, "Select a section");
  }

  <E extends Enum<E>> Optional<E> choice(
      String field, Class<E> type, @Nullable String value, String whenNone) {
    Optional<E> chosen = PlanText.choice(type, value);
    if (chosen.isEmpty()) {
      error(field, whenNone);
    }
    return chosen;
  }

  /** The person or a team member, as {@link PlanText#member}. */
  Optional<Optional<UUID>> member(String field, @Nullable String value, String whenNone) {
    Optional<Optional<UUID>> chosen = PlanText.member(value);
    if (chosen.isEmpty()) {
      error(field, whenNone);
    }
    return chosen;
  }

  /** The form with every error found so far. */
  FormView view() {
    return view;
  }

  private void error(String field, String message) {
    if (!view.field(field).hasError()) {
      view = view.withError(field, message);
    }
  }
}
