package care.tandem.learning.checkins;

import care.tandem.care.web.HiddenFields;
import care.tandem.system.form.FormView;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A check-in as posted: pain and mood from 0 to 10, optional words and an idempotency key. */
record CheckInForm(
    @Nullable String pain,
    @Nullable String mood,
    @Nullable String words,
    @Nullable String idempotencyKey) {

  static CheckInForm blank() {
    return new CheckInForm(null, null, null, UUID.randomUUID().toString());
  }

  Optional<UUID> key() {
    return HiddenFields.optionalId(idempotencyKey);
  }

  /** The score chosen, if it is a whole number from 0 to 10. */
  static Optional<Integer> score(@Nullable String value) {
    String text = value == null ? "" : value.strip();
    if (!text.matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int score = Integer.parseInt(text);
    return score >= CheckIn.LOWEST && score <= CheckIn.HIGHEST
        ? Optional.of(score)
        : Optional.empty();
  }

  /** The words to store, or null when none were given. */
  @Nullable String storedWords() {
    String text = words == null ? "" : words.strip();
    return text.isEmpty() ? null : text;
  }

  /** The form with an error against each field that needs one, in page order. */
  FormView checked() {
    FormView view = FormView.of(this);
    if (score(pain).isEmpty()) {
      view = view.withError("pain", "Select how much pain you have had today, from 0 to 10");
    }
    if (score(mood).isEmpty()) {
      view = view.withError("mood", "Select how your mood has been today, from 0 to 10");
    }
    String stored = storedWords();
    if (stored != null && stored.codePointCount(0, stored.length()) > CheckIn.WORDS_LIMIT) {
      view = view.withError("words", "Your words must be 500 characters or fewer");
    }
    return view;
  }
}
