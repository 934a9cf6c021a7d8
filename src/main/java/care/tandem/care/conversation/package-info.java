/**
 * The conversation on a person's record: one ongoing thread and topic threads, reply requests, read
 * markers, edits that keep the original, admin hiding, and in-app and e-mail notifications.
 */
@NullMarked
@NamedInterface("conversation")
package care.tandem.care.conversation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
