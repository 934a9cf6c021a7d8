/**
 * The shared care record: the person, "about me", their care team and who may open the record.
 * Other modules use {@link care.tandem.care.CareAccess} before reading or changing anything here.
 */
@NullMarked
package care.tandem.care;

import org.jspecify.annotations.NullMarked;
