/**
 * "Your sessions": where an account is signed in (kept in PostgreSQL by Spring Session), and
 * signing out everywhere else or everywhere.
 */
@NullMarked
package care.tandem.identity.sessions;

import org.jspecify.annotations.NullMarked;
