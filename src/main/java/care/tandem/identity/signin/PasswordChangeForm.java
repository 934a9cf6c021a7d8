package care.tandem.identity.signin;

import jakarta.validation.constraints.NotEmpty;

/** Changing your own password: the current one, then the new one twice. */
public record PasswordChangeForm(
    @NotEmpty(message = "Enter your current password") String currentPassword,
    @NotEmpty(message = "Enter a new password") String newPassword,
    @NotEmpty(message = "Enter your new password again") String confirmPassword) {

  static PasswordChangeForm empty() {
    return new PasswordChangeForm("", "", "");
  }
}
