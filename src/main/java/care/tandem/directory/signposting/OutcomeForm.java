package care.tandem.directory.signposting;

import care.tandem.care.web.HiddenFields;
import care.tandem.directory.SignpostOutcome;
import care.tandem.system.form.FormView;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came of a signpost, as posted: the outcome, why it was not suitable (needed for that
 * outcome, checked here so it holds without JavaScript), an optional note, the version the page
 * showed and an idempotency key.
 */
record OutcomeForm(
    @Nullable String outcome,
    @Nullable String whyNotSuitable,
    @Nullable String note,
    @Nullable String version,
    @Nullable String idempotencyKey) {

  static final int TEXT_LIMIT = 400;

  static OutcomeForm blank(int version) {
    return new OutcomeForm(
        null, null, null, Integer.toString(version), UUID.randomUUID().toString());
  }

  /** The same answers, to send again from a newer version of the signpost. */
  OutcomeForm at(int newer) {
    return new OutcomeForm(outcome, whyNotSuitable, note, Integer.toString(newer), idempotencyKey);
  }

  Optional<SignpostOutcome> chosen() {
    return SignpostOutcome.ofCode(outcome == null ? "" : outcome.strip());
  }

  Optional<UUID> key() {
    return HiddenFields.optionalId(idempotencyKey);
  }

  /** The form with an error against each field that needs one, in page order. */
  FormView checked() {
    FormView view = FormView.of(this);
    Optional<SignpostOutcome> chosen = chosen();
    if (chosen.isEmpty()) {
      view = view.withError("outcome", "Select what happened");
    } else if (chosen.get() == SignpostOutcome.NOT_SUITABLE) {
      if (text(whyNotSuitable).isEmpty()) {
        view = view.withError("whyNotSuitable", "Enter why it was not suitable");
      } else if (text(whyNotSuitable).length() > TEXT_LIMIT) {
        view = view.withError("whyNotSuitable", "Why not must be 400 characters or fewer");
      }
    }
    if (text(note).length() > TEXT_LIMIT) {
      view = view.withError("note", "Note must be 400 characters or fewer");
    }
    return view;
  }

  /** The note to store: why it was not suitable first (for that outcome), then any other note. */
  @Nullable String storedNote() {
    String why = chosen().orElse(null) == SignpostOutcome.NOT_SUITABLE ? text(whyNotSuitable) : "";
    String other = text(note);
    String joined = why.isEmpty() || other.isEmpty() ? why + other : why + "\n" + other;
    return joined.isEmpty() ? null : joined;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
