/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and one-time recovery codes: set-up
 * and turning off under /account/two-factor, the code check at sign-in, and an admin's reset.
 */
@NullMarked
package care.tandem.identity.twofactor;

import org.jspecify.annotations.NullMarked;
