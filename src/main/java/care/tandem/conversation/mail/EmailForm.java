package care.tandem.conversation.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** A practitioner's choice about e-mails: "yes" or "no". */
record EmailForm(
    @NotBlank(message = "Select yes if you want an email when there is a new message")
        @Pattern(
            regexp = "yes|no",
            message = "Select yes if you want an email when there is a new message")
        @Nullable String wantsEmail) {}
