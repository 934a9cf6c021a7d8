package care.tandem.conversation;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Pagination;
import care.tandem.system.components.SummaryListRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thread as its page shows it: one page of messages, newest first, what is waiting for a reply,
 * who has read how far, and (on the main conversation) the topic threads.
 *
 * @param topicTitle null for the main conversation
 * @param canPost false for someone reading by break-glass
 * @param forThePerson the person is reading their own conversation, so the page says "you"
 * @param newer the link to newer messages, on every page but the first
 * @param older the link to older messages, while there are more
 * @param header the record's header (warnings, sections) on the main conversation, else null
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
    boolean canPost,
    boolean forThePerson,
    Pagination.@Nullable Step newer,
    Pagination.@Nullable Step older,
    @Nullable RecordHeader header) {

  /** The same page under the record's header, as the main conversation is a section of it. */
  public ThreadPage under(RecordHeader recordHeader) {
    return new ThreadPage(
        personId,
        personName,
        topicTitle,
        href,
        conversationHref,
        newTopicHref,
        messages,
        waiting,
        readers,
        topics,
        replyChoices,
        canPost,
        forThePerson,
        newer,
        older,
        recordHeader);
  }

  public boolean isMain() {
    return topicTitle == null;
  }

  public String heading() {
    return topicTitle == null ? "Conversation" : topicTitle;
  }

  /** Who can read and write here, in words for whoever is reading. */
  public String whoCanRead() {
    return forThePerson
        ? "You and everyone on your care team"
        : personName + " and everyone on their care team";
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
