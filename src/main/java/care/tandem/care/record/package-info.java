/**
 * The record's own pages: a practitioner's people, starting care for someone new, the record
 * overview, the person's details and "about me".
 */
@NullMarked
package care.tandem.care.record;

import org.jspecify.annotations.NullMarked;
