/**
 * The FHIR R4 interface: Patient, CareTeam and the rest of the care record for systems, mapped from
 * the care module's public API, for registered clients with a bearer token, every request audited.
 */
@NullMarked
package care.tandem.fhir;

import org.jspecify.annotations.NullMarked;
