package care.tandem.conversation.record;

/**
 * The conversation's part of a record's overview page: where it is, and what waits for the viewer.
 *
 * @param unread messages on the record the viewer has not read
 * @param awaitingYourReply messages on the record asking the viewer to reply
 */
public record RecordConversation(String href, int unread, int awaitingYourReply) {

  public String unreadText() {
    return switch (unread) {
      case 0 -> "You have read every message.";
      case 1 -> "1 new message.";
      default -> unread + " new messages.";
    };
  }

  public String awaitingText() {
    return switch (awaitingYourReply) {
      case 0 -> "Nobody is waiting for a reply from you.";
      case 1 -> "1 message is waiting for your reply.";
      default -> awaitingYourReply + " messages are waiting for your reply.";
    };
  }
}
