package care.tandem.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new topic thread: its title and first message. */
record TopicForm(
    @NotBlank(message = "Enter a title for the topic")
        @Size(max = 100, message = "Title must be 100 characters or fewer")
        @Nullable String title,
    @NotBlank(message = "Enter a message") @Nullable String text,
    @Nullable String replyFrom,
    @Nullable String idempotencyKey) {

  static TopicForm empty() {
    return new TopicForm("", "", "", "");
  }
}
