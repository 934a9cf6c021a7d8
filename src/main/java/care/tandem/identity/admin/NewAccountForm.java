package care.tandem.identity.admin;

import care.tandem.system.form.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creating an account. The temporary password is checked against the policy by the controller. */
public record NewAccountForm(
    @NotBlank(message = "Enter their email address")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
        @Nullable String email,
    @NotBlank(message = "Enter their full name")
        @Size(max = 100, message = "Full name must be 100 characters or fewer")
        @jakarta.validation.constraints.Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Full name must only include letters, numbers, spaces and punctuation")
        @Nullable String displayName,
    @NotBlank(message = "Select their role")
        @jakarta.validation.constraints.Pattern(
            regexp = RoleChoices.PATTERN,
            message = "Select their role")
        @Nullable String role,
    @Nullable List<String> organisations,
    @Nullable List<String> services,
    @NotEmpty(message = "Enter a temporary password") @Nullable String temporaryPassword,
    @Nullable String idempotencyKey) {

  /** Spaces typed around the address are not part of it. */
  public NewAccountForm {
    email = EmailAddress.strip(email);
  }
}
