package care.tandem.care;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a person is and how to reach them: what the "add a person" and "change details" forms edit.
 * Optional text is null when blank.
 *
 * @param contactMethods how they are happy to be contacted, in their order of preference
 * @param contactTimes when they want to be contacted, in their words ("weekday mornings")
 */
public record PersonDetails(
    String givenName,
    String familyName,
    @Nullable String preferredName,
    LocalDate dateOfBirth,
    @Nullable NhsNumber nhsNumber,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String town,
    @Nullable String postcode,
    List<ContactMethod> contactMethods,
    @Nullable String contactTimes,
    @Nullable String accessibilityNeeds,
    @Nullable String communicationNeeds) {

  public PersonDetails {
    contactMethods = List.copyOf(contactMethods);
  }

  /** Their full name: "Sam Taylor". */
  public String fullName() {
    return givenName + " " + familyName;
  }

  /** Their full name, with the name they prefer if they gave one: "Samuel Taylor (Sam)". */
  public String displayName() {
    return preferredName == null ? fullName() : fullName() + " (" + preferredName + ")";
  }

  /** What to call them: their preferred name if they gave one, else their first name. */
  public String nameToUse() {
    return preferredName == null ? givenName : preferredName;
  }
}
