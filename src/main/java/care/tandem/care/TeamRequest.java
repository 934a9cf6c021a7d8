package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to change a person's care team, and its outcome, kept on the record for all to see.
 *
 * @param toServiceId for {@link Kind#BRING_IN_COLLEAGUE}: the service asked to join
 * @param practitionerId for {@link Kind#INVITE_PRACTITIONER}: the practitioner invited
 * @param memberId for {@link Kind#REMOVE_MEMBER}: the member the person asks to be removed
 * @param question the question for the other service, the invitation, or the reason for removal
 * @param joinedAccountId who joined the team when it was accepted
 */
public record TeamRequest(
    UUID id,
    UUID personId,
    Kind kind,
    UUID requestedBy,
    @Nullable UUID toServiceId,
    @Nullable UUID practitionerId,
    @Nullable UUID memberId,
    String question,
    Status status,
    @Nullable UUID joinedAccountId,
    @Nullable String declineReason,
    @Nullable UUID decidedBy,
    @Nullable Instant decidedAt,
    Instant createdAt) {

  /** What the request asks for. */
  public enum Kind {
    BRING_IN_COLLEAGUE("Bring in a colleague"),
    INVITE_PRACTITIONER("Invitation"),
    REMOVE_MEMBER("Request to remove a member");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where the request has got to. */
  public enum Status {
    OPEN("Waiting for a decision"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }
}
