package care.tandem.identity.account;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets on an account: name, role, discipline (practitioners only) and memberships.
 * The email address is fixed once the account exists, since it is how the person signs in.
 */
public record AccountDetails(
    String displayName,
    Role role,
    @Nullable Discipline discipline,
    Set<UUID> organisationIds,
    Set<UUID> serviceIds) {

  public AccountDetails {
    if ((role == Role.PRACTITIONER) != (discipline != null)) {
      throw new IllegalArgumentException(
          "Practitioners, and only practitioners, have a discipline");
    }
    organisationIds = Set.copyOf(organisationIds);
    serviceIds = Set.copyOf(serviceIds);
  }
}
