/**
 * Signing in and out: the principal, the sign-in page, throttling of repeated failures and the
 * audit of every attempt.
 */
@NullMarked
package care.tandem.identity.signin;

import org.jspecify.annotations.NullMarked;
