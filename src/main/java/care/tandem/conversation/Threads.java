package care.tandem.conversation;

import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.RecordHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a thread: its page, built after the access check, and the viewer's read marker moved to
 * its latest message (publishing {@link MessagesRead}). Someone reading by break-glass leaves no
 * marker: they are not part of the conversation.
 */
@Service
class Threads {

  private final CareAccess access;
  private final Members members;
  private final Names names;
  private final ThreadRepository threads;
  private final MessageRepository messages;
  private final ReadMarkers reads;
  private final ApplicationEventPublisher events;
  private final RecordHeaders headers;

  Threads(
      CareAccess access,
      Members members,
      Names names,
      ThreadRepository threads,
      MessageRepository messages,
      ReadMarkers reads,
      ApplicationEventPublisher events,
      RecordHeaders headers) {
    this.access = access;
    this.members = members;
    this.names = names;
    this.threads = threads;
    this.messages = messages;
    this.reads = reads;
    this.events = events;
    this.headers = headers;
  }

  /**
   * One page (from 1, newest first) of the main conversation ({@code threadId} null) or a topic
   * thread, marked read for the viewer.
   *
   * @throws RecordNotFoundException if the viewer may not see the record, or the thread is not on
   *     it
   */
  @Transactional
  public ThreadPage open(
      UUID person, @Nullable UUID threadId, int pageNumber, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            "conversation.viewed",
            threadId == null ? Map.of() : Map.of("thread", threadId.toString()));
    Optional<ConversationThread> thread =
        threadId == null
            ? threads.main(person)
            : Optional.of(threads.find(person, threadId).orElseThrow(RecordNotFoundException::new));
    List<Message> posted = thread.map(found -> messages.inThread(found.id())).orElse(List.of());
    List<ReadMarker> markers = thread.map(found -> reads.inThread(found.id())).orElse(List.of());
    boolean canPost = allowed.basis() != RecordAccess.Basis.BREAK_GLASS;
    Set<UUID> onRecord = members.accountsOn(allowed);
    ThreadPage page =
        ThreadPages.build(
            new ThreadPages.Parts(
                allowed,
                thread.orElse(null),
                posted,
                messages.earlierTexts(posted.stream().map(Message::id).toList()).stream()
                    .collect(Collectors.groupingBy(EarlierText::message)),
                markers,
                names.on(allowed, authorsOf(posted)),
                onRecord,
                threadId == null ? topics(allowed) : List.of(),
                canPost,
                pageNumber));
    if (canPost && !posted.isEmpty()) {
      markRead(allowed, thread.get(), posted.get(posted.size() - 1).seq());
    }
    return threadId == null ? page.under(headers.of(allowed, page.href())) : page;
  }

  private void markRead(RecordAccess allowed, ConversationThread thread, long latest) {
    Instant now = Times.now();
    if (reads.markRead(thread.id(), allowed.account(), latest, now)) {
      events.publishEvent(new MessagesRead(allowed.person(), allowed.account(), now));
    }
  }

  private List<ThreadPage.TopicLine> topics(RecordAccess allowed) {
    Map<UUID, ThreadRepository.TopicStats> stats =
        threads.topicStats(allowed.person(), allowed.account());
    List<ThreadPage.TopicLine> lines = new ArrayList<>();
    for (ConversationThread topic : threads.topics(allowed.person())) {
      ThreadRepository.TopicStats counts =
          stats.getOrDefault(topic.id(), new ThreadRepository.TopicStats(0, 0, null));
      String status =
          (counts.messages() == 1 ? "1 message" : counts.messages() + " messages")
              + (counts.unread() > 0 ? ", " + counts.unread() + " new" : "");
      lines.add(
          new ThreadPage.TopicLine(
              topic.title() == null ? "" : topic.title(),
              "/people/" + allowed.person() + "/conversation/threads/" + topic.id(),
              status,
              counts.latest() == null ? null : "Latest " + When.dateAndTime(counts.latest())));
    }
    return lines;
  }

  private static Set<UUID> authorsOf(List<Message> posted) {
    Set<UUID> authors = new HashSet<>();
    for (Message message : posted) {
      if (message.author() != null) {
        authors.add(message.author());
      }
      if (message.replyRequestedFrom() != null) {
        authors.add(message.replyRequestedFrom());
      }
    }
    return authors;
  }
}
