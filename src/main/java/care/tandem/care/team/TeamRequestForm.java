package care.tandem.care.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request about the team: whom it is for ({@code choice}: a service or a practitioner, chosen
 * from a list; unused when asking to remove a member), what is asked, and a hidden idempotency key.
 */
record TeamRequestForm(
    @Nullable String choice,
    @NotBlank(message = "Enter your message")
        @Size(max = 2000, message = "Message must be 2000 characters or fewer")
        @Nullable String question,
    @Nullable String idempotencyKey) {

  static TeamRequestForm blank(String idempotencyKey) {
    return new TeamRequestForm("", "", idempotencyKey);
  }
}
