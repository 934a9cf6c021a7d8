package care.tandem.conversation.record;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import care.tandem.conversation.MessagePosted;
import care.tandem.identity.StaffDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each message posted on the record on the timeline once the post has committed (retried by
 * the event publication registry; named by the message, so a replay adds nothing). The entry says
 * only that there is a message (and whom it asks to reply), never what it says: the words stay in
 * the conversation, where edits and hiding are handled.
 */
@Component
class MessagesOnTimeline {

  private final TimelineEntries timeline;
  private final StaffDirectory names;

  MessagesOnTimeline(TimelineEntries timeline, StaffDirectory names) {
    this.timeline = timeline;
    this.names = names;
  }

  @ApplicationModuleListener
  void on(MessagePosted posted) {
    String title =
        posted.replyRequestedFrom() == null
            ? "New message"
            : "New message asking " + names.displayName(posted.replyRequestedFrom()) + " to reply";
    timeline.add(
        posted.person(),
        posted.at(),
        TimelineKind.MESSAGE_POSTED,
        posted.author(),
        title,
        "/people/"
            + posted.person()
            + "/conversation/threads/"
            + posted.thread()
            + "#message-"
            + posted.message(),
        posted.message());
  }
}
