package care.tandem.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * The plan changed: published inside the transaction that changed it, for the timeline and home
 * pages. No clinical detail beyond the short title the timeline shows.
 *
 * @param version the plan version the change made
 * @param what a code, as {@link PlanChange#what()}
 * @param title a short label: the goal's title or the action
 */
public record CarePlanChanged(
    UUID person, UUID actor, Instant at, int version, String what, String title) {}
