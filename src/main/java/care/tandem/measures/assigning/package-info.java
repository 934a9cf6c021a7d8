/**
 * Asking a person to complete a questionnaire: once, every few weeks or before an appointment, what
 * is due on their home page, and a daily reminder that never says anything clinical.
 */
@NullMarked
package care.tandem.measures.assigning;

import org.jspecify.annotations.NullMarked;
