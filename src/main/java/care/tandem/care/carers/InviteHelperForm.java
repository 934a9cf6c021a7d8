package care.tandem.care.carers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The person invites someone who helps them: who, how to reach them, and what they may do. */
record InviteHelperForm(
    @NotBlank(message = "Enter the name of the person who helps you")
        @Size(max = 100, message = "Name must be 100 characters or fewer")
        @Nullable String name,
    @NotBlank(message = "Enter how they are related to you, such as daughter or friend")
        @Size(max = 60, message = "Relationship must be 60 characters or fewer")
        @Nullable String relationship,
    @NotBlank(message = "Enter their email address")
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        @Nullable String email,
    @NotEmpty(message = "Select what they may do") @Nullable List<String> permissions,
    @NotNull(message = "Something went wrong. Try again") @Nullable UUID idempotencyKey) {

  static InviteHelperForm empty() {
    return new InviteHelperForm("", "", "", List.of(), UUID.randomUUID());
  }
}
