package care.tandem.conversation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Messages": what is new and what waits for the viewer's reply, on every record they may see. */
@Controller
class NotificationsController {

  private final Conversations conversations;

  NotificationsController(Conversations conversations) {
    this.conversations = conversations;
  }

  @GetMapping("/notifications")
  String showNotifications(Authentication viewer, Model model) {
    UUID account = Viewers.accountOf(viewer).orElseThrow();
    Set<UUID> records = conversations.recordsOf(account);
    List<NotificationsPage.Line> waiting =
        conversations.awaitingReplyFrom(account, records).stream()
            .map(
                reply ->
                    new NotificationsPage.Line(
                        reply.personName() + ": " + threadName(reply.threadTitle()),
                        reply.askedBy()
                            + " asked you to reply on "
                            + When.dateAndTime(reply.askedAt()),
                        reply.href(),
                        "Read and reply"))
            .toList();
    List<NotificationsPage.Line> unread =
        conversations.unreadThreads(account, records).stream()
            .map(
                thread ->
                    new NotificationsPage.Line(
                        thread.personName() + ": " + threadName(thread.threadTitle()),
                        (thread.unread() == 1 ? "1 new message" : thread.unread() + " new messages")
                            + ", the latest from "
                            + thread.latestFrom()
                            + " on "
                            + When.dateAndTime(thread.latestAt()),
                        thread.href(),
                        "Read"))
            .toList();
    model.addAttribute(
        "page",
        new NotificationsPage(
            waiting, unread, Viewers.takesPart(viewer), Viewers.has(viewer, "ROLE_PRACTITIONER")));
    return "conversation/notifications";
  }

  private static String threadName(@org.jspecify.annotations.Nullable String title) {
    return title == null ? "Conversation" : title;
  }
}
