package care.tandem.care.timeline;

import care.tandem.care.conversation.MessagePosted;
import care.tandem.identity.StaffDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts each message posted on the record on the timeline, in the transaction that posted it. The
 * entry says only that there is a message (and whom it asks to reply), never what it says: the
 * words stay in the conversation, where edits and hiding are handled.
 */
@Component
class MessagesOnTimeline {

  private final TimelineRepository timeline;
  private final StaffDirectory names;

  MessagesOnTimeline(TimelineRepository timeline, StaffDirectory names) {
    this.timeline = timeline;
    this.names = names;
  }

  @EventListener
  void on(MessagePosted posted) {
    String title =
        posted.replyRequestedFrom() == null
            ? "New message"
            : "New message asking " + names.displayName(posted.replyRequestedFrom()) + " to reply";
    timeline.add(
        new NewEntry(
            posted.person(),
            posted.at(),
            TimelineKind.MESSAGE_POSTED,
            posted.author(),
            title,
            RecordLinks.message(posted.person(), posted.thread(), posted.message()),
            posted.message()));
  }
}
