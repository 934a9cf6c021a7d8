package care.tandem.conversation;

import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thread as its page shows it: the messages, what is waiting for a reply, who has read how far,
 * and (on the main conversation) the topic threads.
 *
 * @param topicTitle null for the main conversation
 * @param canPost false for someone reading by break-glass
 */
public record ThreadPage(
    String personId,
    String personName,
    @Nullable String topicTitle,
    String href,
    String conversationHref,
    String newTopicHref,
    List<MessageView> messages,
    List<Waiting> waiting,
    List<SummaryListRow> readers,
    List<TopicLine> topics,
    List<Choice> replyChoices,
    boolean canPost) {

  public boolean isMain() {
    return topicTitle == null;
  }

  public String heading() {
    return topicTitle == null ? "Conversation" : topicTitle;
  }

  /** One message. {@code paragraphs} is empty for a hidden one. */
  public record MessageView(
      String id,
      String anchor,
      String author,
      boolean mine,
      String postedAt,
      String postedAtMachine,
      List<List<String>> paragraphs,
      boolean hidden,
      @Nullable String editedAt,
      List<Earlier> earlier,
      @Nullable String replyRequest,
      @Nullable String replyStatus,
      @Nullable String editHref,
      boolean isNew) {

    public boolean edited() {
      return editedAt != null;
    }
  }

  /** A message's text before an edit. */
  public record Earlier(String label, List<List<String>> paragraphs) {}

  /** Something waiting for a reply, linking to the message that asked. */
  public record Waiting(String text, String href, boolean fromViewer) {}

  /** A topic thread in the list on the main conversation. */
  public record TopicLine(String title, String href, String status, @Nullable String latest) {}
}
