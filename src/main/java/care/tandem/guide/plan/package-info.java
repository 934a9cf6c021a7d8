/**
 * "My improvement plan": problems and solutions a practitioner or service lead saved from the
 * guide, each with a note and a target date, editable without silent overwrites, and printable.
 */
@NullMarked
package care.tandem.guide.plan;

import org.jspecify.annotations.NullMarked;
