/**
 * The conversation's places outside its own pages: its section on the record overview and the
 * person's home, the practitioner's message columns, and new messages on the timeline.
 */
@NullMarked
package care.tandem.conversation.record;

import org.jspecify.annotations.NullMarked;
