package care.tandem.conversation;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the "start a topic" and "change your message" pages show, after the access check. */
@Service
class Forms {

  private final CareAccess access;
  private final Members members;
  private final Names names;
  private final ThreadRepository threads;
  private final MessageRepository messages;

  Forms(
      CareAccess access,
      Members members,
      Names names,
      ThreadRepository threads,
      MessageRepository messages) {
    this.access = access;
    this.members = members;
    this.names = names;
    this.threads = threads;
    this.messages = messages;
  }

  @Transactional
  public TopicPage newTopic(UUID person, Authentication viewer) {
    RecordAccess allowed = writer(access.require(person, viewer, "conversation.viewed"));
    RecordNames known = names.on(allowed, List.of());
    String base = "/people/" + person + "/conversation";
    return new TopicPage(
        person.toString(),
        known.personName(),
        base + "/threads/new",
        base,
        ThreadPages.replyChoices(allowed, members.accountsOn(allowed), known),
        allowed.isThePerson());
  }

  /**
   * @throws RecordNotFoundException if the message is not on this record
   * @throws ActionNotAllowedException if it is not the viewer's own, or is hidden
   */
  @Transactional
  public EditPage edit(UUID person, UUID messageId, Authentication viewer) {
    RecordAccess allowed =
        writer(
            access.require(
                person, viewer, "conversation.viewed", Map.of("post", messageId.toString())));
    Message message = messages.find(person, messageId).orElseThrow(RecordNotFoundException::new);
    if (!message.isBy(allowed.account()) || message.isHidden()) {
      throw new ActionNotAllowedException("Only the person who wrote a message can change it");
    }
    ConversationThread thread = threads.find(person, message.thread()).orElseThrow();
    return new EditPage(
        person.toString(),
        names.on(allowed, List.of()).personName(),
        "/people/" + person + "/conversation/messages/" + messageId + "/edit",
        ConversationController.hrefOf(person, thread.isMain() ? null : thread.id()),
        thread.isMain() ? "Conversation" : thread.title(),
        When.dateAndTime(message.postedAt()),
        message.text(),
        message.version());
  }

  private static RecordAccess writer(RecordAccess allowed) {
    if (allowed.basis() == RecordAccess.Basis.BREAK_GLASS) {
      throw new ActionNotAllowedException("Emergency access is for reading only");
    }
    return allowed;
  }
}
