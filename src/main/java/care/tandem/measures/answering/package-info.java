/**
 * Completing a questionnaire: one question per page or all on one, saved as the person goes,
 * checked and submitted once, scored on the server, with crisis support shown straight after any
 * answer that needs it.
 */
@NullMarked
package care.tandem.measures.answering;

import org.jspecify.annotations.NullMarked;
