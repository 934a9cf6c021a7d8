package care.tandem.care.joining;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of joining: invite the person (by e-mail or letter), resend (a new code, the old
 * one dead) or withdraw. Anyone on the person's care team may; one open invitation at a time.
 */
@Service
class Invitations {

  /** Why an invitation could not be made, in words for the team. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * An invitation made, with its code in the clear this once (for the letter); null code when a
   * repeated submit found the first one.
   */
  record Issued(UUID invitation, Invitation.Method method, @Nullable String code) {}

  private final CareAccess access;
  private final People people;
  private final InvitationRepository invitations;
  private final InvitationMail mail;
  private final JoiningSettings settings;
  private final AuditLog audit;

  Invitations(
      CareAccess access,
      People people,
      InvitationRepository invitations,
      InvitationMail mail,
      JoiningSettings settings,
      AuditLog audit) {
    this.access = access;
    this.people = people;
    this.invitations = invitations;
    this.mail = mail;
    this.settings = settings;
    this.audit = audit;
  }

  /** Every invitation to the person, newest first, for their team. */
  @Transactional(readOnly = true)
  List<Invitation> allFor(RecordAccess access) {
    return invitations.allFor(access.person());
  }

  boolean mailOn() {
    return mail.on();
  }

  /**
   * Invites the person. Once per idempotency key.
   *
   * @param email where to send an e-mailed invitation: null for the address on the record
   * @throws Refused if they already have an account, another invitation is open, or there is no
   *     address to send to
   */
  @Transactional(noRollbackFor = Refused.class)
  Issued invite(
      UUID personId,
      Invitation.Method method,
      @Nullable String email,
      UUID key,
      Authentication viewer) {
    RecordAccess allowed =
        access.requireToChange(
            personId, viewer, "invitation.created", Map.of("method", method.name()));
    Optional<Invitation> earlier = invitations.findByIdempotencyKey(key);
    if (earlier.isPresent() && earlier.get().person().equals(personId)) {
      return new Issued(earlier.get().id(), earlier.get().method(), null);
    }
    Person person = people.person(allowed);
    requireNoAccount(personId);
    Instant now = Instant.now();
    Optional<Invitation> current = invitations.currentFor(personId);
    if (current.isPresent() && current.get().isOpen(now)) {
      throw new Refused(
          "There is already an invitation waiting. Resend it or withdraw it to make a new one");
    }
    String to = method == Invitation.Method.EMAIL ? address(email, person) : null;
    current.ifPresent(
        expired -> invitations.end(expired.id(), Invitation.Status.REPLACED, null, now));
    return issue(allowed, method, to, key, now);
  }

  /** A new code for the same person, method and address; the old code stops working. */
  @Transactional(noRollbackFor = Refused.class)
  Issued resend(UUID personId, UUID invitationId, UUID key, Authentication viewer) {
    RecordAccess allowed =
        access.requireToChange(
            personId, viewer, "invitation.resent", Map.of("invitation", invitationId.toString()));
    Optional<Invitation> earlier = invitations.findByIdempotencyKey(key);
    if (earlier.isPresent() && earlier.get().person().equals(personId)) {
      return new Issued(earlier.get().id(), earlier.get().method(), null);
    }
    requireNoAccount(personId);
    Invitation old =
        invitations
            .currentFor(personId)
            .filter(found -> found.id().equals(invitationId))
            .orElseThrow(() -> new Refused("This invitation has ended. Make a new one instead"));
    Instant now = Instant.now();
    invitations.end(old.id(), Invitation.Status.REPLACED, allowed.account(), now);
    return issue(allowed, old.method(), old.email(), key, now);
  }

  /** Withdraws the open invitation; withdrawing one already ended changes nothing. */
  @Transactional
  void withdraw(UUID personId, UUID invitationId, Authentication viewer) {
    RecordAccess allowed =
        access.requireToChange(
            personId,
            viewer,
            "invitation.withdrawn",
            Map.of("invitation", invitationId.toString()));
    invitations
        .currentFor(personId)
        .filter(found -> found.id().equals(invitationId))
        .ifPresent(
            open ->
                invitations.end(
                    open.id(), Invitation.Status.WITHDRAWN, allowed.account(), Instant.now()));
  }

  private Issued issue(
      RecordAccess allowed,
      Invitation.Method method,
      @Nullable String email,
      UUID key,
      Instant now) {
    String code = InvitationCode.newCode();
    UUID id = UUID.randomUUID();
    Duration lifetime = settings.lifetime();
    invitations.insert(
        id,
        allowed.person(),
        method,
        email,
        InvitationCode.hash(code),
        allowed.account(),
        now,
        now.plus(lifetime),
        key);
    audit.record(
        AuditEvent.success(
                allowed.account(),
                allowed.role(),
                "invitation.issued",
                Map.of("invitation", id.toString(), "method", method.name()))
            .about(allowed.person()));
    if (email != null) {
      mail.invite(email, code, lifetime.toDays());
    }
    return new Issued(id, method, code);
  }

  private void requireNoAccount(UUID person) {
    if (invitations.accountOf(person).isPresent()) {
      throw new Refused("This person has already joined their record");
    }
  }

  private static String address(@Nullable String typed, Person person) {
    String chosen = typed != null && !typed.isBlank() ? typed.strip() : person.details().email();
    if (chosen == null || chosen.isBlank()) {
      throw new Refused("There is no email address on the record. Enter one, or send a letter");
    }
    return chosen;
  }
}
