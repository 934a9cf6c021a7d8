package care.tandem.measures;

import care.tandem.care.RecordAccess;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Safety alerts on a person's record, for other modules (the FHIR interface serves them as Flags).
 * Access is checked and audited by the caller; nothing here holds the answer itself.
 */
public interface SafetyAlertsOnRecord {

  /** Whose record an alert is on, before any access check; empty for an unknown id. */
  Optional<UUID> personOf(UUID alert);

  /** One alert on the record, open or closed; empty if it is not on this record. */
  Optional<RecordedAlert> find(RecordAccess access, UUID alert);

  /** The alerts on the record not yet closed, oldest first. */
  List<RecordedAlert> open(RecordAccess access);

  /**
   * An alert as other modules see it.
   *
   * @param instrument the instrument's id
   * @param flagged the safety questions flagged (linkIds)
   * @param closedAt when a clinician closed it; null while it is open (or acknowledged)
   */
  record RecordedAlert(
      UUID id,
      UUID person,
      String instrument,
      List<String> flagged,
      Instant raisedAt,
      boolean acknowledged,
      @Nullable Instant closedAt) {

    public RecordedAlert {
      flagged = List.copyOf(flagged);
    }
  }
}
