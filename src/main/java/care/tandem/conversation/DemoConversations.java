package care.tandem.conversation;

import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds each demo person's conversation ({@link DemoConversationStories}) after the demo people
 * exist, publishing {@link MessagePosted} and {@link MessagesRead} as a real post would.
 * Idempotent: a record whose conversation has begun is left as the demo left it.
 */
@Component
@Profile("demo")
class DemoConversations extends DemoSeeding {

  private static final Logger log = LoggerFactory.getLogger(DemoConversations.class);

  private final JdbcClient jdbc;
  private final ThreadRepository threads;
  private final MessageRepository messages;
  private final ReadMarkers reads;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DemoConversations(
      JdbcClient jdbc,
      ThreadRepository threads,
      MessageRepository messages,
      ReadMarkers reads,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    super(ABOUT_PEOPLE);
    this.jdbc = jdbc;
    this.threads = threads;
    this.messages = messages;
    this.reads = reads;
    this.events = events;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    transaction.executeWithoutResult(status -> DemoConversationStories.ALL.forEach(this::seed));
  }

  private void seed(DemoConversation story) {
    List<Optional<UUID>> person = personAccount(story.person());
    if (person.isEmpty() || threads.main(story.person()).isPresent()) {
      return;
    }
    Optional<UUID> personAccount = person.get(0);
    Instant now = Times.now();
    List<DemoConversation.Line> lines =
        story.lines().stream()
            .sorted(Comparator.comparing(DemoConversation.Line::ago).reversed())
            .toList();
    Map<Boolean, ConversationThread> byTopic = new HashMap<>();
    Map<UUID, Instant> lastReadAt = new HashMap<>();
    int index = 0;
    for (DemoConversation.Line line : lines) {
      Instant at = now.minus(line.ago());
      boolean byThePerson = DemoConversation.PERSON.equals(line.from());
      @Nullable UUID author = byThePerson ? personAccount.orElse(null) : accountOf(line.from());
      ConversationThread thread =
          byTopic.computeIfAbsent(
              line.inTopic(),
              inTopic -> {
                ConversationThread started =
                    new ConversationThread(
                        stableId("thread", story.person() + ":" + inTopic),
                        story.person(),
                        inTopic ? story.topic() : null,
                        author,
                        at);
                threads.insert(started, null);
                return started;
              });
      Message message =
          new Message(
              stableId("message", story.person() + ":" + index++),
              0,
              thread.id(),
              story.person(),
              author,
              byThePerson,
              line.text(),
              at,
              line.askFrom() == null ? null : accountOf(line.askFrom()),
              null,
              0,
              null,
              null);
      long seq = messages.insert(message, null).orElseThrow();
      // A person without an account of their own has no author id to announce or read marker.
      if (author != null) {
        messages.markReplied(thread.id(), author, message.id(), seq, at);
        reads.markRead(thread.id(), author, seq, at);
        lastReadAt.put(author, at);
        events.publishEvent(
            new MessagePosted(
                story.person(),
                thread.id(),
                message.id(),
                author,
                at,
                message.replyRequestedFrom()));
      }
    }
    lastReadAt.forEach(
        (reader, at) -> events.publishEvent(new MessagesRead(story.person(), reader, at)));
    log.info("Demo conversation added: {} messages", lines.size());
  }

  /** The person's own account (empty if they have none); no row if the person does not exist. */
  private List<Optional<UUID>> personAccount(UUID person) {
    return jdbc.sql("select account_id from person where id = ?")
        .param(person)
        .query((rs, row) -> Optional.ofNullable(rs.getObject("account_id", UUID.class)))
        .list();
  }

  private UUID accountOf(String email) {
    return jdbc.sql("select id from account where lower(email) = lower(?)")
        .param(email)
        .query(UUID.class)
        .single();
  }

  private static UUID stableId(String kind, String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:conversation:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
  }
}
