package care.tandem.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why an admin is hiding a message: kept with the message for other admins to see. */
record HideForm(
    @NotBlank(message = "Enter why you are hiding this message")
        @Size(max = 1000, message = "Reason must be 1,000 characters or fewer")
        @Nullable String reason) {}
