package care.tandem.conversation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message someone is posting.
 *
 * @param replyFrom the account asked to reply, if any: the person or a current team member
 * @param idempotencyKey from the form, so a double submit stores one message
 */
record NewMessage(String text, @Nullable UUID replyFrom, UUID idempotencyKey) {}
