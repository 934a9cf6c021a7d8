/**
 * The timeline: one chronological view of a person's record, built from the events the other parts
 * of the record publish, with what changed since each member last looked. Other modules add their
 * own entries through {@link care.tandem.care.timeline.TimelineEntries}.
 */
@NullMarked
package care.tandem.care.timeline;

import org.jspecify.annotations.NullMarked;
