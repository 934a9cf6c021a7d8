/**
 * SMART Backend Services for the FHIR interface: client assertions checked against each system's
 * registered public key, scopes, and the short-lived access tokens the token endpoint issues.
 */
@NullMarked
package care.tandem.fhir.smart;

import org.jspecify.annotations.NullMarked;
