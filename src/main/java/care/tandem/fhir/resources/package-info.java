/**
 * The FHIR resources Tandem serves, one provider per resource type, each mapped from the care
 * module's public API for the people the requesting client's organisation may reach.
 */
@NullMarked
package care.tandem.fhir.resources;

import org.jspecify.annotations.NullMarked;
