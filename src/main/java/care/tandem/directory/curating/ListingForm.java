package care.tandem.directory.curating;

import care.tandem.system.form.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The add and change listing form, as typed: every field a string (or the ticked boxes) so that
 * anything wrong can be shown back. Checks across fields, and turning it into a {@link
 * ListingDraft}, are {@link ListingChecks}'. {@code version} and {@code idempotencyKey} are hidden.
 */
record ListingForm(
    @Nullable String organisation,
    @Size(max = 300, message = "Organisation name must be 300 characters or fewer")
        @Nullable String organisationName,
    @Size(max = 10000, message = "Organisation description must be 10,000 characters or fewer")
        @Nullable String organisationDescription,
    @NotBlank(message = "Enter the name of the service")
        @Size(max = 300, message = "Service name must be 300 characters or fewer")
        @Nullable String name,
    @NotBlank(message = "Enter a description of the service")
        @Size(max = 10000, message = "Description must be 10,000 characters or fewer")
        @Nullable String description,
    @Nullable String status,
    @Size(max = 2000, message = "Website must be 2,000 characters or fewer")
        @Nullable String website,
    @Size(max = 320, message = "Email address must be 320 characters or fewer")
        @Email(regexp = EmailAddress.WITH_A_DOMAIN, message = EmailAddress.FORMAT)
        @Nullable String email,
    @Size(max = 50, message = "Phone number must be 50 characters or fewer") @Nullable String phone,
    @Nullable String minimumAge,
    @Nullable String maximumAge,
    @Nullable String cost,
    @Nullable String costAmount,
    @Size(max = 2000, message = "What the cost is for must be 2,000 characters or fewer")
        @Nullable String costFor,
    @Nullable List<String> needs,
    @Nullable List<String> delivery,
    @Nullable String selfReferral,
    @Size(max = 300, message = "Address line 1 must be 300 characters or fewer")
        @Nullable String addressLine1,
    @Size(max = 300, message = "Address line 2 must be 300 characters or fewer")
        @Nullable String addressLine2,
    @Size(max = 100, message = "Town or city must be 100 characters or fewer")
        @Nullable String town,
    @Size(max = 100, message = "County must be 100 characters or fewer") @Nullable String county,
    @Size(max = 20, message = "Enter a full UK postcode, like LS1 4AP") @Nullable String postcode,
    @Nullable List<String> accessibility,
    @Nullable String mondayOpens,
    @Nullable String mondayCloses,
    @Nullable String tuesdayOpens,
    @Nullable String tuesdayCloses,
    @Nullable String wednesdayOpens,
    @Nullable String wednesdayCloses,
    @Nullable String thursdayOpens,
    @Nullable String thursdayCloses,
    @Nullable String fridayOpens,
    @Nullable String fridayCloses,
    @Nullable String saturdayOpens,
    @Nullable String saturdayCloses,
    @Nullable String sundayOpens,
    @Nullable String sundayCloses,
    @Size(max = 500, message = "Languages must be 500 characters or fewer")
        @Nullable String languages,
    @Size(max = 2000, message = "Alert must be 2,000 characters or fewer") @Nullable String alert,
    @Nullable String owner,
    @Nullable String checkedToday,
    @Nullable String version,
    @Nullable String idempotencyKey) {

  /** Spaces typed around the address are not part of it. */
  ListingForm {
    email = EmailAddress.strip(email);
  }

  /** A blank form for a new listing, owned by the editor, with a fresh idempotency key. */
  static ListingForm blank(UUID editor) {
    return new ListingForm(
        null,
        null,
        null,
        null,
        null,
        "active",
        null,
        null,
        null,
        null,
        null,
        "free",
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        editor.toString(),
        null,
        "0",
        UUID.randomUUID().toString());
  }

  /** Opening and closing times as typed, Monday first. */
  List<String[]> openingTimes() {
    return List.of(
        new String[] {mondayOpens, mondayCloses},
        new String[] {tuesdayOpens, tuesdayCloses},
        new String[] {wednesdayOpens, wednesdayCloses},
        new String[] {thursdayOpens, thursdayCloses},
        new String[] {fridayOpens, fridayCloses},
        new String[] {saturdayOpens, saturdayCloses},
        new String[] {sundayOpens, sundayCloses});
  }
}
