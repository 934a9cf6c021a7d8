package care.tandem.directory.signposting;

import care.tandem.care.web.HiddenFields;
import care.tandem.system.form.FormView;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Signposting someone to a service, as posted: who (staff choose; the person signposts themself),
 * why, and a hidden idempotency key so a double submit stores one signpost.
 */
record SignpostForm(
    @Nullable String person, @Nullable String reason, @Nullable String idempotencyKey) {

  static final int REASON_LIMIT = 1000;

  static SignpostForm blank(@Nullable UUID person) {
    return new SignpostForm(
        person == null ? null : person.toString(), null, UUID.randomUUID().toString());
  }

  Optional<UUID> key() {
    return HiddenFields.optionalId(idempotencyKey);
  }

  Optional<UUID> chosenPerson() {
    return HiddenFields.optionalId(person);
  }

  String reasonText() {
    return reason == null ? "" : reason.strip();
  }

  /** The form with an error against each field that needs one, in page order. */
  FormView checked(boolean choosingPerson) {
    FormView view = FormView.of(this);
    if (choosingPerson && chosenPerson().isEmpty()) {
      view = view.withError("person", "Select who you are signposting");
    }
    if (reasonText().isEmpty()) {
      view =
          view.withError(
              "reason",
              choosingPerson
                  ? "Enter why this service might help"
                  : "Enter why this service might help you");
    } else if (reasonText().length() > REASON_LIMIT) {
      view = view.withError("reason", "Reason must be 1000 characters or fewer");
    }
    return view;
  }
}
