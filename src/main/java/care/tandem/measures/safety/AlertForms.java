package care.tandem.measures.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The two things a team member does to an alert. */
final class AlertForms {

  private AlertForms() {}

  /** "I have seen this and will act." */
  record AcknowledgeForm(@Nullable String version, @Nullable String idempotencyKey) {}

  /** Closing, with what was done and a note; "no further action" needs a reason. */
  record CloseForm(
      @Nullable String version,
      @Nullable String idempotencyKey,
      @NotBlank(message = "Select what was done") @Nullable String outcome,
      @Size(max = 2000, message = "Note must be 2000 characters or fewer") @Nullable String note) {

    /** A reason is needed when nothing more will be done (checked by the controller). */
    boolean needsReason() {
      return SafetyAlert.Outcome.NO_FURTHER_ACTION.code.equals(outcome)
          && (note == null || note.isBlank());
    }
  }
}
