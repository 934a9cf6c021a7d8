/**
 * Pages about access to records: "who has looked at my record" for the person, break-glass access
 * for practitioners, and the admins' review of every break-glass grant.
 */
@NullMarked
package care.tandem.care.access;

import org.jspecify.annotations.NullMarked;
