/**
 * Who may use Tandem: organisations, the services within them, accounts with their roles, sign-in
 * with throttling, and the admin pages that manage them.
 */
@NullMarked
package care.tandem.identity;

import org.jspecify.annotations.NullMarked;
