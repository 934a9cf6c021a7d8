package care.tandem.conversation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** Posting and hiding messages from tests outside this package (the FHIR interface's). */
public final class ConversationPosts {

  private final Messages messages;
  private final MessageModeration moderation;

  public ConversationPosts(ApplicationContext context) {
    this.messages = context.getBean(Messages.class);
    this.moderation = context.getBean(MessageModeration.class);
  }

  /** Posts in the person's main conversation; returns the message's id. */
  public UUID post(UUID person, String text, @Nullable UUID replyFrom, Authentication author) {
    return messages
        .post(person, null, new NewMessage(text, replyFrom, UUID.randomUUID()), author)
        .message();
  }

  /** Hides the message, as an admin does with a reported one. */
  public void hide(UUID message, Authentication admin) {
    moderation.hide(message, "Posted on the wrong record", admin);
  }
}
