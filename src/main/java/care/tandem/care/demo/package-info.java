/**
 * The demo people (demo profile only): three made-up records whose teams span organisations, so a
 * newcomer can walk through Tandem as the person and as each practitioner.
 */
@NullMarked
package care.tandem.care.demo;

import org.jspecify.annotations.NullMarked;
