package care.tandem.conversation;

import care.tandem.care.RecordAccess;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Pagination;
import care.tandem.system.components.SummaryListRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Shapes a thread's messages, markers and names into its {@link ThreadPage}: newest first, a page
 * at a time, so on a phone the latest messages and the box to write one come first.
 */
final class ThreadPages {

  static final int PAGE_SIZE = 20;

  private ThreadPages() {}

  /** What a thread page is built from, read in one transaction. */
  record Parts(
      RecordAccess access,
      @Nullable ConversationThread thread,
      List<Message> messages,
      Map<UUID, List<EarlierText>> earlier,
      List<ReadMarker> markers,
      RecordNames names,
      Collection<UUID> onRecord,
      List<ThreadPage.TopicLine> topics,
      boolean canPost,
      int page) {}

  static ThreadPage build(Parts parts) {
    RecordAccess access = parts.access();
    String base = "/people/" + access.person() + "/conversation";
    String href =
        parts.thread() == null || parts.thread().isMain()
            ? base
            : base + "/threads/" + parts.thread().id();
    long viewerReadUpTo = readUpTo(parts.markers(), access.account());
    List<Message> newestFirst = new ArrayList<>(parts.messages());
    Collections.reverse(newestFirst);
    int pages = Math.max(1, (newestFirst.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, parts.page()), pages);
    List<ThreadPage.MessageView> messages =
        newestFirst
            .subList((page - 1) * PAGE_SIZE, Math.min(newestFirst.size(), page * PAGE_SIZE))
            .stream()
            .map(message -> view(message, parts, viewerReadUpTo, base))
            .toList();
    return new ThreadPage(
        access.person().toString(),
        parts.names().personName(),
        parts.thread() == null ? null : parts.thread().title(),
        href,
        base,
        base + "/threads/new",
        messages,
        waiting(parts, href),
        readers(parts),
        parts.topics(),
        parts.canPost() ? replyChoices(access, parts.onRecord(), parts.names()) : List.of(),
        parts.canPost(),
        access.isThePerson(),
        page > 1 ? new Pagination.Step(pageHref(href, page - 1), "Newer messages") : null,
        page < pages ? new Pagination.Step(pageHref(href, page + 1), "Older messages") : null,
        null);
  }

  private static String pageHref(String href, int page) {
    return page == 1 ? href : href + "?page=" + page;
  }

  /** The link to a message on the page that shows it. */
  private static String messageHref(Parts parts, String href, Message message) {
    int index = parts.messages().size() - 1 - parts.messages().indexOf(message);
    String page = pageHref(href, index / PAGE_SIZE + 1);
    return (page.equals(href) ? "" : page) + "#message-" + message.id();
  }

  static List<Choice> replyChoices(
      RecordAccess access, Collection<UUID> onRecord, RecordNames names) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", "No one"));
    for (UUID account : onRecord) {
      if (!account.equals(access.account())) {
        choices.add(Choice.of(account.toString(), names.withRole(account, false)));
      }
    }
    return choices;
  }

  private static ThreadPage.MessageView view(
      Message message, Parts parts, long viewerReadUpTo, String base) {
    RecordNames names = parts.names();
    boolean mine = message.isBy(parts.access().account());
    UUID asked = message.replyRequestedFrom();
    String askedName = asked == null ? null : mine(parts, asked) ? "you" : names.of(asked);
    return new ThreadPage.MessageView(
        message.id().toString(),
        "message-" + message.id(),
        names.withRole(message.author(), message.byThePerson()) + (mine ? " (you)" : ""),
        mine,
        When.dateAndTime(message.postedAt()),
        When.machine(message.postedAt()),
        message.isHidden() ? List.of() : Paragraphs.of(message.text()),
        message.isHidden(),
        message.isHidden() || message.editedAt() == null
            ? null
            : When.dateAndTime(message.editedAt()),
        message.isHidden() ? List.of() : earlier(parts.earlier().get(message.id())),
        asked == null || message.isHidden() ? null : "Asked " + askedName + " to reply",
        asked == null || message.isHidden()
            ? null
            : message.repliedAt() == null ? "Waiting for a reply" : "Replied",
        mine && !message.isHidden() && parts.canPost()
            ? base + "/messages/" + message.id() + "/edit"
            : null,
        !mine && !message.isHidden() && message.seq() > viewerReadUpTo);
  }

  private static boolean mine(Parts parts, UUID account) {
    return account.equals(parts.access().account());
  }

  private static List<ThreadPage.Earlier> earlier(@Nullable List<EarlierText> texts) {
    if (texts == null) {
      return List.of();
    }
    return texts.stream()
        .map(
            text ->
                new ThreadPage.Earlier(
                    text.version() == 0
                        ? "Original message, posted " + When.dateAndTime(text.writtenAt())
                        : "Earlier version, written " + When.dateAndTime(text.writtenAt()),
                    Paragraphs.of(text.text())))
        .toList();
  }

  private static List<ThreadPage.Waiting> waiting(Parts parts, String href) {
    RecordNames names = parts.names();
    List<ThreadPage.Waiting> waiting = new ArrayList<>();
    for (Message message : parts.messages()) {
      if (!message.awaitsReply()) {
        continue;
      }
      UUID asked = message.replyRequestedFrom();
      boolean fromViewer = mine(parts, asked);
      String author = names.of(message.author(), message.byThePerson());
      String text =
          (message.isBy(parts.access().account()) ? "You" : author)
              + " asked "
              + (fromViewer ? "you" : names.of(asked))
              + " to reply on "
              + When.dateAndTime(message.postedAt());
      waiting.add(new ThreadPage.Waiting(text, messageHref(parts, href, message), fromViewer));
    }
    return waiting;
  }

  /** Who on the record has read how far, for everyone with an account on it now. */
  private static List<SummaryListRow> readers(Parts parts) {
    if (parts.messages().isEmpty()) {
      return List.of();
    }
    Map<UUID, ReadMarker> markers =
        parts.markers().stream()
            .collect(Collectors.toMap(ReadMarker::account, marker -> marker, (a, b) -> a));
    long last = parts.messages().get(parts.messages().size() - 1).seq();
    List<SummaryListRow> rows = new ArrayList<>();
    for (UUID account : parts.onRecord()) {
      boolean viewer = mine(parts, account);
      String name = parts.names().of(account) + (viewer ? " (you)" : "");
      ReadMarker marker = markers.get(account);
      String status;
      if (viewer && parts.canPost() || marker != null && marker.readUpTo() >= last) {
        status = "Has read every message";
      } else if (marker == null) {
        status = "Has not opened this yet";
      } else {
        status =
            lastReadBy(parts.messages(), marker.readUpTo())
                .map(
                    message ->
                        "Has read up to the message from "
                            + parts.names().of(message.author(), message.byThePerson())
                            + ", "
                            + When.dateAndTime(message.postedAt()))
                .orElse("Has not opened this yet");
      }
      rows.add(SummaryListRow.of(name, status));
    }
    return rows;
  }

  private static Optional<Message> lastReadBy(List<Message> messages, long readUpTo) {
    Message last = null;
    for (Message message : messages) {
      if (message.seq() <= readUpTo) {
        last = message;
      }
    }
    return Optional.ofNullable(last);
  }

  static long readUpTo(List<ReadMarker> markers, UUID account) {
    return markers.stream()
        .filter(marker -> marker.account().equals(account))
        .mapToLong(ReadMarker::readUpTo)
        .findFirst()
        .orElse(0);
  }
}
