/**
 * Check-ins: the person's pain and mood from 0 to 10, with optional words, shared with their team
 * on the timeline and shown as a 12-week trend beside the questionnaire results. {@link
 * care.tandem.learning.checkins.CheckIns} and {@link care.tandem.learning.checkins.CheckIn} (marked
 * as the named interface "checkins") are its public face (the FHIR interface serves them as
 * Observations).
 */
@NullMarked
package care.tandem.learning.checkins;

import org.jspecify.annotations.NullMarked;
