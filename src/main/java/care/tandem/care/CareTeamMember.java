package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner's place on a person's care team, from joining to leaving. Names come from the
 * identity module's {@code StaffDirectory}.
 *
 * @param teamRole their role on this team, in words ("Physiotherapist", "Lead practitioner")
 * @param serviceId the service they represent on the team, if any
 * @param leftAt when they left the team; null while they are on it
 */
public record CareTeamMember(
    UUID id,
    UUID personId,
    UUID accountId,
    String teamRole,
    @Nullable UUID serviceId,
    @Nullable UUID organisationId,
    boolean lead,
    Instant joinedAt,
    @Nullable Instant leftAt,
    @Nullable UUID addedBy) {

  public boolean isCurrent() {
    return leftAt == null;
  }
}
