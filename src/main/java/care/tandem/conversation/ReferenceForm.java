package care.tandem.conversation;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** The reference of a reported message, as someone on the record gave it to an admin. */
record ReferenceForm(
    @NotBlank(message = "Enter the message reference") @Nullable String reference) {}
