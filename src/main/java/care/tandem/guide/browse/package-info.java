/**
 * The guide's public pages: areas, problems with filters by role and setting, solutions, barriers
 * and examples, read from the stored guide.
 */
@NullMarked
package care.tandem.guide.browse;

import org.jspecify.annotations.NullMarked;
