/**
 * The admin pages for the FHIR interface: register a connected system and show its token once, list
 * the systems, and revoke one.
 */
@NullMarked
package care.tandem.fhir.web;

import org.jspecify.annotations.NullMarked;
