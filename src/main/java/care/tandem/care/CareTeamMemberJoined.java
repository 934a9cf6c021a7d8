package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner joined a person's care team: when care started (as its lead) or when a request was
 * accepted. Published inside the transaction that added them.
 *
 * @param member the id of their place on the team ({@link CareTeamMember#id()})
 * @param account the practitioner who joined
 * @param addedBy who put them on the team (themself, when they started care)
 */
public record CareTeamMemberJoined(
    UUID person,
    UUID member,
    UUID account,
    String teamRole,
    boolean lead,
    @Nullable UUID addedBy,
    Instant at) {}
