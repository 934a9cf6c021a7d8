package care.tandem.conversation;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.identity.StaffDirectory;
import care.tandem.system.Capability;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin acting on a reported message: reading that one message (audited on the person's record,
 * as admins are never on a care team) and hiding it with a reason. Hidden messages stay in the
 * thread as a placeholder; nothing is deleted.
 */
@Service
class MessageModeration {

  private final MessageRepository messages;
  private final StaffDirectory staff;
  private final AuditLog audit;

  MessageModeration(MessageRepository messages, StaffDirectory staff, AuditLog audit) {
    this.messages = messages;
    this.staff = staff;
    this.audit = audit;
  }

  /** Whether a message has this id, without reading it (for the "find a message" form). */
  @Transactional(readOnly = true)
  public boolean exists(UUID messageId, Authentication admin) {
    adminOf(admin);
    return messages.findAnywhere(messageId).isPresent();
  }

  /** The message, for an admin to decide on; audited as {@code message.reviewed}. */
  @Transactional
  public Optional<ModeratedMessage> review(UUID messageId, Authentication admin) {
    UUID adminId = adminOf(admin);
    Optional<Message> found = messages.findAnywhere(messageId);
    found.ifPresent(message -> audited(adminId, "message.reviewed", message));
    return found.map(this::view);
  }

  /**
   * Hides the message with the admin's reason; audited as {@code message.hidden}. False if it was
   * hidden already (nothing changes).
   */
  @Transactional
  public boolean hide(UUID messageId, String reason, Authentication admin) {
    UUID adminId = adminOf(admin);
    Message message =
        messages.findAnywhere(messageId).orElseThrow(care.tandem.care.RecordNotFoundException::new);
    String cleanReason = MessageText.normalise(reason);
    if (cleanReason.isEmpty() || cleanReason.length() > 1000) {
      throw new IllegalArgumentException("A reason has 1 to 1,000 characters");
    }
    if (!messages.hide(messageId, adminId, cleanReason, Times.now())) {
      return false;
    }
    audited(adminId, "message.hidden", message);
    return true;
  }

  private ModeratedMessage view(Message message) {
    String author =
        message.author() == null
            ? "The person whose record this is"
            : staff.displayName(message.author())
                + (message.byThePerson() ? " (the person whose record this is)" : "");
    String hiddenNote =
        message.isHidden()
            ? "Hidden on "
                + When.dateAndTime(message.hiddenAt())
                + ". Reason: "
                + messages.hiddenReason(message.id()).orElse("none given")
            : null;
    return new ModeratedMessage(
        message.id().toString(),
        author,
        When.dateAndTime(message.postedAt()),
        message.isEdited(),
        message.isHidden() ? java.util.List.of() : Paragraphs.of(message.text()),
        hiddenNote,
        "/admin/messages/" + message.id() + "/hide");
  }

  private void audited(UUID admin, String action, Message message) {
    audit.record(
        AuditEvent.success(
                admin,
                "ADMIN",
                action,
                Map.of("post", message.id().toString(), "thread", message.thread().toString()))
            .about(message.person()));
  }

  private static UUID adminOf(Authentication admin) {
    if (!Capabilities.allows(admin, Capability.HIDE_MESSAGES)) {
      throw new ActionNotAllowedException("Only an administrator can hide a message");
    }
    return Viewers.accountOf(admin).orElseThrow();
  }
}
