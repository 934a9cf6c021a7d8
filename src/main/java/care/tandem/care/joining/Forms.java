package care.tandem.care.joining;

import care.tandem.system.form.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The forms of joining, as records with their checks. */
final class Forms {

  private Forms() {}

  /** The team invites the person: how, and to which address. */
  record InviteForm(
      @NotBlank(message = "Select how to send the invitation") @Nullable String method,
      @Size(max = 254, message = "Email address must be 254 characters or fewer")
          @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
          @Nullable String email,
      @Nullable String idempotencyKey) {

    InviteForm {
      email = EmailAddress.strip(email);
    }
  }

  /** The code from a letter or e-mail. */
  record CodeForm(
      @NotBlank(message = "Enter the code from your letter or email")
          @Size(max = 40, message = "Enter the code as it is written, like ABCDE-FGHJK")
          @Nullable String code) {}

  /** A person makes their own account. */
  record AccountForm(
      @NotBlank(message = "Enter your name")
          @Size(max = 100, message = "Name must be 100 characters or fewer")
          @Nullable String name,
      @NotBlank(message = "Enter your email address")
          @Size(max = 254, message = "Email address must be 254 characters or fewer")
          @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
          @Nullable String email,
      @Nullable String password,
      @Nullable String idempotencyKey) {

    AccountForm {
      email = EmailAddress.strip(email);
    }
  }

  /** The person's date of birth, in three boxes. */
  record BirthDateForm(
      @Nullable String dateOfBirthDay,
      @Nullable String dateOfBirthMonth,
      @Nullable String dateOfBirthYear) {}

  /** An admin links an account and a record. */
  record LinkForm(
      @NotBlank(message = "Enter the email address of the person's account")
          @Size(max = 254, message = "Email address must be 254 characters or fewer")
          @Nullable String email,
      @NotBlank(message = "Enter the NHS number of the record")
          @Size(max = 20, message = "NHS number must be 10 numbers")
          @Nullable String nhsNumber,
      @NotBlank(message = "Enter why you are linking them")
          @Size(min = 10, message = "Reason must be 10 characters or more")
          @Size(max = 1000, message = "Reason must be 1000 characters or fewer")
          @Nullable String reason) {}

  /** An admin unlinks an account from its record. */
  record UnlinkForm(
      @NotBlank(message = "Enter the email address of the account to unlink")
          @Size(max = 254, message = "Email address must be 254 characters or fewer")
          @Nullable String unlinkEmail,
      @NotBlank(message = "Enter why you are unlinking them")
          @Size(min = 10, message = "Reason must be 10 characters or more")
          @Size(max = 1000, message = "Reason must be 1000 characters or fewer")
          @Nullable String unlinkReason) {}
}
