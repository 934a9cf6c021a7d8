package care.tandem.care.record;

import care.tandem.care.ContactMethod;
import care.tandem.care.NhsNumber;
import care.tandem.care.Person;
import care.tandem.care.PersonDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's details, for "add a person" and "change details". The date of birth comes as three
 * boxes; {@code version} and {@code idempotencyKey} are hidden fields.
 */
record PersonForm(
    @NotBlank(message = "Enter a first name")
        @Size(max = 100, message = "First name must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "First name must not include special characters")
        @Nullable String givenName,
    @NotBlank(message = "Enter a last name")
        @Size(max = 100, message = "Last name must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "Last name must not include special characters")
        @Nullable String familyName,
    @Size(max = 100, message = "Preferred name must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "Preferred name must not include special characters")
        @Nullable String preferredName,
    @Nullable String dateOfBirthDay,
    @Nullable String dateOfBirthMonth,
    @Nullable String dateOfBirthYear,
    @Size(max = 20, message = "NHS number must be 10 numbers") @Nullable String nhsNumber,
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Nullable String email,
    @Pattern(
            regexp = "[0-9 +()-]{0,30}",
            message = "Enter a phone number, like 01632 960 001 or 07700 900 982")
        @Nullable String phone,
    @Size(max = 100, message = "Address line 1 must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "Address line 1 must not include special characters")
        @Nullable String addressLine1,
    @Size(max = 100, message = "Address line 2 must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "Address line 2 must not include special characters")
        @Nullable String addressLine2,
    @Size(max = 100, message = "Town or city must be 100 characters or fewer")
        @Pattern(regexp = ONE_LINE, message = "Town or city must not include special characters")
        @Nullable String town,
    @Pattern(regexp = "[A-Za-z0-9 ]{0,10}", message = "Enter a real postcode, like NF1 2AB")
        @Nullable String postcode,
    @Nullable List<String> contactMethods,
    @Size(max = 500, message = "When to contact must be 500 characters or fewer")
        @Nullable String contactTimes,
    @Size(max = 2000, message = "Accessibility needs must be 2000 characters or fewer")
        @Nullable String accessibilityNeeds,
    @Size(max = 2000, message = "Communication needs must be 2000 characters or fewer")
        @Nullable String communicationNeeds,
    @Nullable String version,
    @Nullable String idempotencyKey) {

  /** Letters, numbers, spaces and punctuation: no control characters such as line breaks. */
  static final String ONE_LINE = "[^\\p{Cntrl}]*";

  static PersonForm blank() {
    return new PersonForm(
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "0",
        UUID.randomUUID().toString());
  }

  static PersonForm of(Person person) {
    PersonDetails d = person.details();
    return new PersonForm(
        d.givenName(),
        d.familyName(),
        d.preferredName(),
        String.valueOf(d.dateOfBirth().getDayOfMonth()),
        String.valueOf(d.dateOfBirth().getMonthValue()),
        String.valueOf(d.dateOfBirth().getYear()),
        d.nhsNumber() == null ? "" : d.nhsNumber().formatted(),
        d.email(),
        d.phone(),
        d.addressLine1(),
        d.addressLine2(),
        d.town(),
        d.postcode(),
        d.contactMethods().stream().map(Enum::name).toList(),
        d.contactTimes(),
        d.accessibilityNeeds(),
        d.communicationNeeds(),
        String.valueOf(person.version()),
        null);
  }

  /**
   * The details, or the errors Bean Validation cannot find (date of birth, NHS number, choices).
   */
  Checked check(LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    DateOfBirth born = DateOfBirth.read(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, today);
    if (!born.isValid()) {
      errors.put(born.field(), born.error());
    }
    Optional<NhsNumber> number = Optional.empty();
    if (!text(nhsNumber).isEmpty()) {
      number = NhsNumber.parse(text(nhsNumber));
      if (number.isEmpty()) {
        errors.put("nhsNumber", "Enter a valid NHS number, like 943 476 5919");
      }
    }
    List<ContactMethod> methods = new ArrayList<>();
    for (String method : contactMethods == null ? List.<String>of() : contactMethods) {
      if (Arrays.stream(ContactMethod.values()).noneMatch(m -> m.name().equals(method))) {
        errors.put("contactMethods", "Select preferred ways to contact from the list");
      } else if (!methods.contains(ContactMethod.valueOf(method))) {
        methods.add(ContactMethod.valueOf(method));
      }
    }
    if (!errors.isEmpty() || born.date() == null) {
      return new Checked(null, errors, born.wholeDateError());
    }
    return new Checked(
        new PersonDetails(
            text(givenName),
            text(familyName),
            orNull(preferredName),
            born.date(),
            number.orElse(null),
            orNull(email),
            orNull(phone),
            orNull(addressLine1),
            orNull(addressLine2),
            orNull(town),
            orNull(postcode) == null ? null : text(postcode).toUpperCase(),
            methods,
            orNull(contactTimes),
            orNull(accessibilityNeeds),
            orNull(communicationNeeds)),
        errors,
        null);
  }

  /** Either details to save, or errors by field (and one for the whole date of birth). */
  record Checked(
      @Nullable PersonDetails details, Map<String, String> errors, @Nullable String dateError) {}

  /** Text as stored: line breaks kept, other control characters removed, ends trimmed. */
  static String text(@Nullable String value) {
    return value == null
        ? ""
        : value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
  }

  static @Nullable String orNull(@Nullable String value) {
    String text = text(value);
    return text.isEmpty() ? null : text;
  }
}
