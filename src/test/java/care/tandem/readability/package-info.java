/**
 * Reading ease: the Flesch score of each page's own words, so patient-facing text stays readable by
 * a tired person and guide text stays plain.
 */
@NullMarked
package care.tandem.readability;

import org.jspecify.annotations.NullMarked;
