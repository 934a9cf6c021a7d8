package care.tandem.identity.signin;

import jakarta.validation.constraints.NotBlank;

/** The second step of sign-in: a code from the authenticator app, or a recovery code. */
public record TwoFactorCodeForm(
    @NotBlank(message = "Enter the 6-digit code from your authenticator app") String code) {

  static TwoFactorCodeForm empty() {
    return new TwoFactorCodeForm("");
  }
}
