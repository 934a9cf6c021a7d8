package care.tandem.conversation;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A new message: its text, whom (if anyone) to ask for a reply, and the idempotency key the page
 * was given, so a double submit stores one message. The 5,000-character limit is checked on the
 * text as stored ({@link MessageText}), where a line break counts once.
 */
record MessageForm(
    @NotBlank(message = "Enter a message") @Nullable String text,
    @Nullable String replyFrom,
    @Nullable String idempotencyKey) {

  static MessageForm empty() {
    return new MessageForm("", "", "");
  }
}
