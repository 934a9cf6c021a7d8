/**
 * The flare-up plan: a part of the shared care plan the person writes with their team (early signs,
 * what helps, what to avoid, who to contact), kept in versions, printable as a one-page card.
 */
@NullMarked
package care.tandem.plan.flareup;

import org.jspecify.annotations.NullMarked;
