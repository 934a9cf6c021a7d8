package care.tandem.care;

import java.time.Instant;
import java.util.UUID;

/**
 * A practitioner left a person's care team, or was removed from it. Published inside the
 * transaction that took them off.
 *
 * @param member the id of their place on the team ({@link CareTeamMember#id()})
 * @param account the practitioner who left
 * @param removedBy who took them off (themself, when they left)
 */
public record CareTeamMemberLeft(
    UUID person, UUID member, UUID account, UUID removedBy, Instant at) {}
