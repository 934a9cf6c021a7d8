package care.tandem.care.carers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The helper makes their account from the person's invitation: their name and a password. */
record HelperAccountForm(
    @Nullable String token,
    @NotBlank(message = "Enter your name")
        @Size(max = 100, message = "Name must be 100 characters or fewer")
        @Nullable String displayName,
    @Nullable String password) {}
