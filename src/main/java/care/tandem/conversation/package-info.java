/**
 * The conversation on a person's record: one ongoing thread and topic threads, reply requests, read
 * markers, edits that keep the original, admin hiding, and in-app and e-mail notifications.
 */
@NullMarked
package care.tandem.conversation;

import org.jspecify.annotations.NullMarked;
