/**
 * Signing in and out, and changing your own password: the principal, the pages, throttling of
 * repeated wrong passwords, hash upgrades and the audit of every attempt.
 */
@NullMarked
package care.tandem.identity.signin;

import org.jspecify.annotations.NullMarked;
