/**
 * Signing in with NHS login (people receiving care) and NHS CIS2 (NHS staff): Spring Security's
 * OpenID Connect client, off until configured, and how a provider's identity maps to an account.
 */
@NullMarked
package care.tandem.identity.external;

import org.jspecify.annotations.NullMarked;
