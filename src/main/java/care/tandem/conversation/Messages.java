package care.tandem.conversation;

import static care.tandem.system.Capability.POST_IN_CONVERSATION;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting to a person's conversation, starting topic threads and editing your own messages. Each
 * method checks access itself and commits before it returns, so a page that confirms a post is
 * telling the truth. Once per idempotency key: a repeated submit returns the first message.
 */
@Service
class Messages {

  private final Capabilities access;
  private final Members members;
  private final ThreadRepository threads;
  private final MessageRepository messages;
  private final ReadMarkers reads;
  private final ApplicationEventPublisher events;

  Messages(
      Capabilities access,
      Members members,
      ThreadRepository threads,
      MessageRepository messages,
      ReadMarkers reads,
      ApplicationEventPublisher events) {
    this.access = access;
    this.members = members;
    this.threads = threads;
    this.messages = messages;
    this.reads = reads;
    this.events = events;
  }

  /** What was posted, and whether this call stored it (false for a repeated submit). */
  record Posted(UUID thread, UUID message, boolean created) {}

  /**
   * Posts in the main conversation ({@code thread} null) or a topic thread of the person's record.
   *
   * @throws RecordNotFoundException if the viewer may not write here or the thread is not this
   *     person's
   * @throws ReplyNotAllowedException if the member asked to reply is not on the record
   */
  @Transactional
  public Posted post(
      UUID person, @Nullable UUID thread, NewMessage message, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            POST_IN_CONVERSATION,
            "message.posted",
            thread == null ? Map.of() : Map.of("thread", thread.toString()));
    ConversationThread target =
        thread == null
            ? threads.mainStartingIfNeeded(person, allowed.account())
            : threads.find(person, thread).orElseThrow(RecordNotFoundException::new);
    return store(allowed, target, message);
  }

  /** Starts a topic thread with its first message. */
  @Transactional
  public Posted startThread(UUID person, String title, NewMessage first, Authentication viewer) {
    RecordAccess allowed = access.require(person, viewer, POST_IN_CONVERSATION, "thread.started");
    Optional<ConversationThread> earlier =
        threads.findByKey(person, allowed.account(), first.idempotencyKey());
    if (earlier.isPresent()) {
      return repeated(allowed, earlier.get(), first.idempotencyKey());
    }
    String cleanTitle = title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.length() > 100) {
      throw new IllegalArgumentException("A topic's title has 1 to 100 characters");
    }
    ConversationThread topic =
        new ConversationThread(
            UUID.randomUUID(), person, cleanTitle, allowed.account(), Times.now());
    if (!threads.insert(topic, first.idempotencyKey())) {
      ConversationThread started =
          threads.findByKey(person, allowed.account(), first.idempotencyKey()).orElseThrow();
      return repeated(allowed, started, first.idempotencyKey());
    }
    return store(allowed, topic, first);
  }

  /** The result of an edit. */
  enum Edited {
    SAVED,
    UNCHANGED,
    CHANGED_ELSEWHERE
  }

  /** What an edit did, and the page of the thread the message is in. */
  record EditOutcome(Edited outcome, String threadHref) {}

  /**
   * Changes the text of your own message, if it is still at {@code version}. The earlier text is
   * kept and shown to the team.
   *
   * @throws RecordNotFoundException if the message is not on this person's record
   * @throws ActionNotAllowedException if it is someone else's, or hidden
   */
  @Transactional
  public EditOutcome edit(
      UUID person, UUID messageId, int version, String text, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            POST_IN_CONVERSATION,
            "message.edited",
            Map.of("post", messageId.toString()));
    Message current = messages.find(person, messageId).orElseThrow(RecordNotFoundException::new);
    if (!current.isBy(allowed.account())) {
      throw new ActionNotAllowedException("Only the person who wrote a message can change it");
    }
    if (current.isHidden()) {
      throw new ActionNotAllowedException("A hidden message cannot be changed");
    }
    String newText = MessageText.checked(text);
    ConversationThread thread = threads.find(person, current.thread()).orElseThrow();
    String threadHref = ConversationController.hrefOf(person, thread.isMain() ? null : thread.id());
    if (current.version() == version && current.text().equals(newText)) {
      return new EditOutcome(Edited.UNCHANGED, threadHref);
    }
    return new EditOutcome(
        messages.edit(current, version, newText, Times.now())
            ? Edited.SAVED
            : Edited.CHANGED_ELSEWHERE,
        threadHref);
  }

  private Posted store(RecordAccess allowed, ConversationThread thread, NewMessage message) {
    Optional<Message> earlier = messages.findByKey(allowed.account(), message.idempotencyKey());
    if (earlier.isPresent()) {
      return new Posted(earlier.get().thread(), earlier.get().id(), false);
    }
    UUID replyFrom = message.replyFrom();
    if (replyFrom != null && !members.askableBy(allowed).contains(replyFrom)) {
      throw new ReplyNotAllowedException();
    }
    Instant now = Times.now();
    Message posted =
        new Message(
            UUID.randomUUID(),
            0,
            thread.id(),
            thread.person(),
            allowed.account(),
            allowed.isThePerson(),
            MessageText.checked(message.text()),
            now,
            replyFrom,
            null,
            0,
            null,
            null);
    Optional<Long> seq = messages.insert(posted, message.idempotencyKey());
    if (seq.isEmpty()) {
      // A simultaneous submit of the same form stored it first.
      Message first = messages.findByKey(allowed.account(), message.idempotencyKey()).orElseThrow();
      return new Posted(first.thread(), first.id(), false);
    }
    messages.markReplied(thread.id(), allowed.account(), posted.id(), seq.get(), now);
    reads.markRead(thread.id(), allowed.account(), seq.get(), now);
    events.publishEvent(
        new MessagePosted(
            thread.person(), thread.id(), posted.id(), allowed.account(), now, replyFrom));
    return new Posted(thread.id(), posted.id(), true);
  }

  private Posted repeated(RecordAccess allowed, ConversationThread thread, UUID key) {
    UUID first = messages.findByKey(allowed.account(), key).map(Message::id).orElseThrow();
    return new Posted(thread.id(), first, false);
  }
}
