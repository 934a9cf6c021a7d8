package care.tandem.care.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The two answers to a team request. */
final class DecisionForms {

  private DecisionForms() {}

  /** Accepting: for a bring-in request, who from the service joins the team. */
  record AcceptForm(@Nullable String joining) {}

  /** Declining, with the reason everyone on the record will read. */
  record DeclineForm(
      @NotBlank(message = "Enter why you are declining")
          @Size(max = 2000, message = "Reason must be 2000 characters or fewer")
          @Nullable String reason) {}
}
