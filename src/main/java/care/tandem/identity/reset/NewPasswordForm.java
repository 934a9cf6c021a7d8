package care.tandem.identity.reset;

import jakarta.validation.constraints.NotEmpty;

/** Choosing a new password from a reset link: the link's token and the new password twice. */
public record NewPasswordForm(
    String token,
    @NotEmpty(message = "Enter a new password") String newPassword,
    @NotEmpty(message = "Enter your new password again") String confirmPassword) {}
