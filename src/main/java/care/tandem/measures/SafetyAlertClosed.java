package care.tandem.measures;

import java.time.Instant;
import java.util.UUID;

/**
 * A team member closed a safety alert with an outcome. Published inside the transaction that closes
 * it, once per alert, for the person's timeline. It carries neither the outcome nor the note: the
 * whole team reads the timeline, which says only that the team followed up.
 *
 * @param alert the alert's id
 * @param person whose record the alert is on
 * @param closedBy the account that closed it
 */
public record SafetyAlertClosed(UUID alert, UUID person, UUID closedBy, Instant at) {}
