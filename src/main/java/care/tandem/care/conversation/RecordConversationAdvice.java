package care.tandem.care.conversation;

import care.tandem.care.CareAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the record overview page ({@code /people/{personId}}) its conversation section, so the
 * core's controller need not know about the conversation. Only for someone who may see the record
 * (checked without an audit row: the record page writes its own); counts only, never text.
 */
@ControllerAdvice(basePackages = "care.tandem.care.record")
class RecordConversationAdvice {

  private static final Pattern RECORD_PAGE = Pattern.compile("/people/([0-9a-fA-F-]{36})");

  private final CareAccess access;
  private final Conversations conversations;

  RecordConversationAdvice(CareAccess access, Conversations conversations) {
    this.access = access;
    this.conversations = conversations;
  }

  @ModelAttribute("conversationOnRecord")
  @Nullable RecordConversation conversationOnRecord(
      HttpServletRequest request, @Nullable Principal principal) {
    Matcher page = RECORD_PAGE.matcher(request.getRequestURI());
    if (!page.matches() || !(principal instanceof Authentication viewer)) {
      return null;
    }
    UUID person;
    try {
      person = UUID.fromString(page.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!access.canSee(person, viewer)) {
      return null;
    }
    UUID account = UUID.fromString(viewer.getName());
    List<UUID> record = List.of(person);
    return new RecordConversation(
        ConversationController.hrefOf(person, null),
        conversations.unreadCounts(account, record).getOrDefault(person, 0),
        conversations.awaitingReplyFrom(account, record).size());
  }
}
