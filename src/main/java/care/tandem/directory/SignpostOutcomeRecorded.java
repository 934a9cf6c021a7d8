package care.tandem.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * What came of a signpost was recorded. Published inside the transaction that stores the outcome,
 * once per outcome recorded, for the person's timeline. It carries the outcome but not the note.
 *
 * @param recorded the id of this recorded outcome (a signpost keeps every one)
 * @param signpost the signpost it is about
 * @param person whose signpost it is
 * @param serviceName the name of the service signposted to
 * @param recordedBy the account that recorded it: the person or a team member
 */
public record SignpostOutcomeRecorded(
    UUID recorded,
    UUID signpost,
    UUID person,
    String serviceName,
    SignpostOutcome outcome,
    UUID recordedBy,
    Instant at) {}
