package care.tandem.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Creating an account. The temporary password is checked against the policy by the controller. */
public record NewAccountForm(
    @NotBlank(message = "Enter their email address")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
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

  static final String EMAIL_FORMAT =
      "Enter an email address in the correct format, like name@example.com";

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  /**
   * Checked after the length, so a long address is told it is too long rather than malformed (Bean
   * Validation reports several failures of one field in no fixed order).
   */
  static boolean hasEmailFormat(String email) {
    return EMAIL.matcher(email).matches();
  }
}
