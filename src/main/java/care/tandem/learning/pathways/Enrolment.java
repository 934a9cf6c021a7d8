package care.tandem.learning.pathways;

import java.time.Instant;
import java.util.UUID;

/**
 * A person on one version of a pathway, offered by a named team member.
 *
 * @param offeredBy the account that offered it: who gets the "check in" task
 */
record Enrolment(
    UUID id,
    UUID person,
    UUID pathway,
    int version,
    UUID offeredBy,
    Instant offeredAt,
    Pacing pacing,
    QuietTime quietTime,
    boolean remindersStopped,
    int rowVersion) {}
