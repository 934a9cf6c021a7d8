package care.tandem.measures.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A human-owned alert after an answer that needs safety-netting. It stays on the team's alerts page
 * until a named clinician closes it: the software flags, people decide (NICE NG225).
 *
 * @param owner the person's named lead when it was raised; null when the whole team owns it
 * @param flagged the safety questions flagged (linkIds)
 */
record SafetyAlert(
    UUID id,
    UUID person,
    UUID response,
    String instrument,
    List<String> flagged,
    Instant raisedAt,
    @Nullable UUID owner,
    Status status,
    Instant escalationDueAt,
    @Nullable UUID acknowledgedBy,
    @Nullable Instant acknowledgedAt,
    @Nullable Instant escalatedAt,
    @Nullable UUID closedBy,
    @Nullable Instant closedAt,
    @Nullable Outcome outcome,
    @Nullable String outcomeNote,
    int version) {

  SafetyAlert {
    flagged = List.copyOf(flagged);
  }

  /** Where an alert has got to. */
  enum Status {
    OPEN("open", "Waiting"),
    ACKNOWLEDGED("acknowledged", "Seen"),
    CLOSED("closed", "Closed");

    final String code;
    final String label;

    Status(String code, String label) {
      this.code = code;
      this.label = label;
    }

    static Status of(String code) {
      for (Status status : values()) {
        if (status.code.equals(code)) {
          return status;
        }
      }
      throw new IllegalArgumentException("Unknown alert status " + code);
    }
  }

  /** What the clinician did, recorded when they close the alert. */
  enum Outcome {
    CONTACTED("contacted", "Contacted the person"),
    SAFETY_PLAN_REVIEWED("safety-plan-reviewed", "Safety plan reviewed"),
    REFERRED_URGENT("referred-urgent", "Referred to crisis or urgent care"),
    NO_FURTHER_ACTION("no-further-action", "No further action");

    final String code;
    final String label;

    Outcome(String code, String label) {
      this.code = code;
      this.label = label;
    }

    static @Nullable Outcome of(@Nullable String code) {
      for (Outcome outcome : values()) {
        if (outcome.code.equals(code)) {
          return outcome;
        }
      }
      return null;
    }
  }
}
