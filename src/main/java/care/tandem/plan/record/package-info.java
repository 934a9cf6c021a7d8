/**
 * The care plan's places outside its own pages: its section on the record overview and the person's
 * home, the practitioner's "actions due" column, and its changes on the timeline.
 */
@NullMarked
package care.tandem.plan.record;

import org.jspecify.annotations.NullMarked;
