package care.tandem.system.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** A posted form's errors as the page shows them, one per field. */
class FormViewTests {

  static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  record AddressForm(
      @NotBlank(message = "Enter their email address")
          @Size(max = 20, message = "Email address must be 20 characters or fewer")
          @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
          @Nullable String email) {

    AddressForm {
      email = EmailAddress.strip(email);
    }
  }

  record OptionalAddressForm(
      @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
          @Nullable String email) {}

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  static FormView posted(String email) {
    return posted(new AddressForm(email));
  }

  static FormView posted(Record form) {
    DirectFieldBindingResult result = new DirectFieldBindingResult(form, "form");
    new SpringValidatorAdapter(VALIDATION.getValidator()).validate(form, result);
    return FormView.of(result);
  }

  @Test
  void showsTheFirstWrittenConstraintWhenSeveralFail() {
    // too long and malformed: the length is written first, so it is the one shown, every time
    for (int i = 0; i < 20; i++) {
      assertThat(posted("x".repeat(i + 2) + "not an email at all").field("email").error())
          .isEqualTo("Email address must be 20 characters or fewer");
    }
  }

  @Test
  void checksAnEmailAddressWithBeanValidationAndADomain() {
    assertThat(posted("two@@example.org").field("email").error()).isEqualTo(EmailAddress.FORMAT);
    assertThat(posted("sam@localhost").field("email").error()).isEqualTo(EmailAddress.FORMAT);
    assertThat(posted("").field("email").error()).isEqualTo("Enter their email address");
    assertThat(posted(" sam@example.org ").field("email").error()).isNull();
    assertThat(posted(" sam@example.org ").field("email").values())
        .containsExactly("sam@example.org");
  }

  @Test
  void letsAnOptionalAddressBeLeftEmpty() {
    assertThat(posted(new OptionalAddressForm("")).field("email").error()).isNull();
    assertThat(posted(new OptionalAddressForm("sam")).field("email").error())
        .isEqualTo(EmailAddress.FORMAT);
  }
}
