package care.tandem.care.joining;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation to join one's record, as stored (the code only as its hash, not here). */
record Invitation(
    UUID id,
    UUID person,
    Method method,
    @Nullable String email,
    Status status,
    UUID invitedBy,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant openedAt,
    int failedTries,
    @Nullable Instant endedAt,
    @Nullable UUID endedBy) {

  enum Method {
    EMAIL,
    LETTER
  }

  enum Status {
    SENT,
    OPENED,
    LOCKED,
    ACCEPTED,
    WITHDRAWN,
    REPLACED
  }

  /** Still waiting for the person: neither ended nor past its expiry. */
  boolean isOpen(Instant now) {
    return (status == Status.SENT || status == Status.OPENED) && expiresAt.isAfter(now);
  }

  boolean isExpired(Instant now) {
    return (status == Status.SENT || status == Status.OPENED) && !expiresAt.isAfter(now);
  }

  /** Why the code no longer works, as an audit code, or null when it still does. */
  @Nullable String refusal(Instant now) {
    return switch (status) {
      case SENT, OPENED -> isExpired(now) ? "expired" : null;
      case LOCKED -> "locked";
      case ACCEPTED -> "used";
      case WITHDRAWN -> "withdrawn";
      case REPLACED -> "replaced";
    };
  }
}
