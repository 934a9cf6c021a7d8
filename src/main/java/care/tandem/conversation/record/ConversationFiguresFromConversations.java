package care.tandem.conversation.record;

import care.tandem.care.home.ConversationFigures;
import care.tandem.conversation.AwaitingReply;
import care.tandem.conversation.Conversations;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The home pages' conversation figures, from the conversation's public queries (which answer only
 * for records the account may see now, whatever ids are passed).
 */
@Component
class ConversationFiguresFromConversations implements ConversationFigures {

  private final Conversations conversations;

  ConversationFiguresFromConversations(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public Map<UUID, Integer> unread(UUID reader, Collection<UUID> people) {
    return people.isEmpty() ? Map.of() : conversations.unreadCounts(reader, people);
  }

  @Override
  public Map<UUID, Integer> repliesAwaitedFrom(UUID account, Collection<UUID> people) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (!people.isEmpty()) {
      for (AwaitingReply waiting : conversations.awaitingReplyFrom(account, people)) {
        counts.merge(waiting.person(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
