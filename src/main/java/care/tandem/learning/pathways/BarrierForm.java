package care.tandem.learning.pathways;

import care.tandem.system.form.FormView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answer to "What got in the way?", as posted: a reason, and words for "something else". */
public record BarrierForm(@Nullable String reason, @Nullable String other) {

  Optional<Barrier> barrier() {
    return Barrier.ofCode(reason);
  }

  @Nullable String otherText() {
    return other == null || other.isBlank() ? null : other.strip();
  }

  FormView checked() {
    FormView view = FormView.of(this);
    if (barrier().isEmpty()) {
      return view.withError("reason", "Select what got in the way, or choose to skip this");
    }
    if (otherText() != null && otherText().length() > 500) {
      return view.withError("other", "Your answer must be 500 characters or fewer");
    }
    return view;
  }
}
