/**
 * What every care record page shares: the header naming the person, the record's sections, UK dates
 * and times, and reading our own hidden form fields.
 */
@NullMarked
package care.tandem.care.web;

import org.jspecify.annotations.NullMarked;
