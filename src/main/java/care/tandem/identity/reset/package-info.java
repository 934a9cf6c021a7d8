/**
 * Self-service password reset: a single-use link e-mailed to the account, 30 minutes, then a new
 * password and every session ended. The same answer whether or not an address has an account.
 */
@NullMarked
package care.tandem.identity.reset;

import org.jspecify.annotations.NullMarked;
