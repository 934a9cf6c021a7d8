package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Time-limited access to a record by someone off its team, with their written reason. Admins review
 * every grant.
 */
public record BreakGlassGrant(
    UUID id,
    UUID personId,
    UUID accountId,
    String reason,
    Instant startedAt,
    Instant expiresAt,
    @Nullable UUID reviewedBy,
    @Nullable Instant reviewedAt) {

  public boolean isReviewed() {
    return reviewedAt != null;
  }

  public boolean isActive(Instant now) {
    return !now.isBefore(startedAt) && now.isBefore(expiresAt);
  }
}
