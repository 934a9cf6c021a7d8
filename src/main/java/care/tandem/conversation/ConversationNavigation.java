package care.tandem.conversation;

import care.tandem.system.NavigationContributor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Messages" in the header for people who take part in conversations, with how many messages are
 * new or wait for their reply in words a screen reader reads out: "Messages (3)".
 */
@Component
@Order(50)
class ConversationNavigation implements NavigationContributor {

  private static final Logger log = LoggerFactory.getLogger(ConversationNavigation.class);

  private final Conversations conversations;

  ConversationNavigation(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public boolean ownLinks() {
    return true;
  }

  @Override
  public List<Link> linksFor(Authentication viewer) {
    Optional<UUID> account = Viewers.accountOf(viewer);
    if (account.isEmpty() || !Viewers.takesPart(viewer)) {
      return List.of();
    }
    return List.of(new Link(label(count(account.get())), "/notifications"));
  }

  static String label(int count) {
    return count == 0 ? "Messages" : "Messages (" + count + ")";
  }

  private int count(UUID account) {
    try {
      return conversations.notificationCount(account);
    } catch (DataAccessException e) {
      // The header must not break every page; the count comes back with the database.
      log.warn("Could not count new messages: {}", e.getClass().getSimpleName());
      return 0;
    }
  }
}
