package care.tandem.identity.reset;

import jakarta.validation.constraints.NotBlank;

/** Asking for a reset link: the email address of the account. */
public record ForgottenPasswordForm(@NotBlank(message = "Enter your email address") String email) {

  static ForgottenPasswordForm empty() {
    return new ForgottenPasswordForm("");
  }
}
