/**
 * Organisations (NHS trusts, GP practices, charities) and the services or teams within them, with
 * versioned edits and idempotent creates.
 */
@NullMarked
package care.tandem.identity.organisation;

import org.jspecify.annotations.NullMarked;
