package care.tandem.plan;

import care.tandem.system.form.FormView;
import org.jspecify.annotations.Nullable;

/**
 * A form read into what it describes, or, when it has errors, the form to show again.
 *
 * @param dateError an error about a whole date, for the date input to mark all its boxes
 */
record Checked<T>(@Nullable T value, @Nullable FormView problems, @Nullable String dateError) {

  static <T> Checked<T> ok(T value) {
    return new Checked<>(value, null, null);
  }

  static <T> Checked<T> problems(FormView view, @Nullable String dateError) {
    return new Checked<>(null, view, dateError);
  }

  boolean hasProblems() {
    return problems != null;
  }
}
