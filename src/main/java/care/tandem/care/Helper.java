package care.tandem.care;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Someone a person asked to help them (a carer, a family member, a friend), with the person's
 * current consent.
 *
 * @param id the consent's id (the FHIR RelatedPerson's id)
 * @param account the helper's own account
 * @param name the helper's name, as the person gave it
 * @param relationship what they are to the person, in the person's words ("daughter")
 * @param givenBy the account that gave the consent (the person's own)
 */
public record Helper(
    UUID id,
    UUID person,
    UUID account,
    String name,
    String relationship,
    Set<HelperPermission> permissions,
    Instant startedAt,
    UUID givenBy) {

  public boolean may(HelperPermission permission) {
    return permissions.contains(permission);
  }
}
