package care.tandem.identity.admin;

import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/** An admin setting a temporary password, which the person must change when they next sign in. */
public record PasswordResetForm(
    @NotEmpty(message = "Enter a temporary password") @Nullable String temporaryPassword) {}
