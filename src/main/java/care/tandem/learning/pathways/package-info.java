/**
 * Paced pathways: ordered steps from the library a person moves through at their own pace, offered
 * by their team, with quiet reminders, "this is too much" and "not now", and engagement the team
 * sees.
 */
@NullMarked
package care.tandem.learning.pathways;

import org.jspecify.annotations.NullMarked;
