package care.tandem.care.joining;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.PersonAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's side of joining: open an invitation by its code, then prove it is them with their
 * date of birth. A few wrong dates lock the invitation and tell the team. Every attempt is audited
 * with ids and codes only.
 */
@Service
class Joining {

  /** Why a code or invitation cannot be used; each has its own page. */
  enum Problem {
    UNKNOWN,
    EXPIRED,
    USED,
    WITHDRAWN,
    LOCKED,
    THROTTLED,
    HAS_RECORD,
    NOT_A_PERSON
  }

  /** What came of a try: the invitation opened or the record joined, or a problem. */
  record Outcome(@Nullable UUID id, @Nullable Problem problem, int triesLeft) {
    static Outcome of(UUID id) {
      return new Outcome(id, null, 0);
    }

    static Outcome refused(Problem problem) {
      return new Outcome(null, problem, 0);
    }

    boolean ok() {
      return problem == null && id != null;
    }
  }

  private final InvitationRepository invitations;
  private final CodeAttempts attempts;
  private final PersonAccounts accounts;
  private final InvitationMail mail;
  private final JoiningSettings settings;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final AuditLog audit;

  Joining(
      InvitationRepository invitations,
      CodeAttempts attempts,
      PersonAccounts accounts,
      InvitationMail mail,
      JoiningSettings settings,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      AuditLog audit) {
    this.invitations = invitations;
    this.attempts = attempts;
    this.accounts = accounts;
    this.mail = mail;
    this.settings = settings;
    this.events = events;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Opens the invitation with this code, typed or from a link.
   *
   * @param viewer the signed-in account, if any, for the audit row
   */
  @Transactional
  Outcome open(String typed, String address, @Nullable UUID viewer) {
    Instant now = Instant.now();
    if (attempts.throttled(address, now)) {
      record(viewer, "invitation.code-refused", null, Map.of("reason", "throttled"), false);
      return Outcome.refused(Problem.THROTTLED);
    }
    Optional<String> code = InvitationCode.read(typed);
    Optional<Invitation> found = code.map(InvitationCode::hash).flatMap(invitations::findByCode);
    if (found.isEmpty()) {
      // Only a well-formed code can be a guess; a mistyped length or letter counts for nothing.
      if (code.isPresent()) {
        attempts.wrong(address, now);
      }
      record(viewer, "invitation.code-refused", null, Map.of("reason", "unknown"), false);
      return Outcome.refused(Problem.UNKNOWN);
    }
    Invitation invitation = found.get();
    String refusal = invitation.refusal(now);
    if (refusal != null) {
      record(viewer, "invitation.code-refused", invitation, Map.of("reason", refusal), false);
      return Outcome.refused(problemOf(refusal));
    }
    invitations.opened(invitation.id(), now);
    record(viewer, "invitation.opened", invitation, Map.of(), true);
    return Outcome.of(invitation.id());
  }

  /** Whether the signed-in account may join a record at all: a person's account with none yet. */
  @Transactional(readOnly = true)
  Optional<Problem> accountProblem(UUID account) {
    Optional<PersonAccounts.Holder> holder = accounts.find(account);
    if (holder.isEmpty() || !holder.get().isPatient()) {
      return Optional.of(Problem.NOT_A_PERSON);
    }
    return personOf(account).isPresent() ? Optional.of(Problem.HAS_RECORD) : Optional.empty();
  }

  /** The invitation in the cookie, if it can still be used. */
  @Transactional(readOnly = true)
  Optional<Problem> invitationProblem(UUID invitation) {
    return invitations
        .find(invitation)
        .map(found -> Optional.ofNullable(found.refusal(Instant.now())).map(Joining::problemOf))
        .orElse(Optional.of(Problem.UNKNOWN));
  }

  /**
   * The person gives their date of birth. Right: their account is linked to the record. Wrong: a
   * try is used; the last one locks the invitation and tells the team.
   *
   * @return the person's record id, or the problem (with the tries left after a wrong date)
   */
  @Transactional
  Outcome confirm(UUID invitationId, UUID account, LocalDate dateOfBirth) {
    Optional<Invitation> found = invitations.findForUpdate(invitationId);
    if (found.isEmpty()) {
      return Outcome.refused(Problem.UNKNOWN);
    }
    Invitation invitation = found.get();
    Optional<UUID> own = personOf(account);
    if (own.isPresent()) {
      // A second press of the button after the first joined: the same answer, nothing new.
      boolean same =
          own.get().equals(invitation.person())
              && invitation.status() == Invitation.Status.ACCEPTED;
      record(
          account, "invitation.confirm-refused", invitation, Map.of("reason", "has-record"), same);
      return same ? Outcome.of(own.get()) : Outcome.refused(Problem.HAS_RECORD);
    }
    Optional<Problem> accountProblem = accountProblem(account);
    String refusal = invitation.refusal(Instant.now());
    if (accountProblem.isPresent() || refusal != null) {
      String reason = accountProblem.map(p -> "not-a-person").orElse(refusal);
      record(account, "invitation.confirm-refused", invitation, Map.of("reason", reason), false);
      return Outcome.refused(accountProblem.orElseGet(() -> problemOf(refusal)));
    }
    if (!birthDateOf(invitation.person()).equals(dateOfBirth)) {
      return wrongBirthDate(invitation, account);
    }
    if (!invitations.link(invitation.person(), account)) {
      record(account, "invitation.confirm-refused", invitation, Map.of("reason", "linked"), false);
      return Outcome.refused(Problem.USED);
    }
    Instant now = Instant.now();
    invitations.end(invitation.id(), Invitation.Status.ACCEPTED, account, now);
    audit.record(
        AuditEvent.success(
                account,
                "PATIENT",
                "record.joined",
                Map.of("invitation", invitation.id().toString(), "account", account.toString()))
            .about(invitation.person()));
    events.publishEvent(
        new JoiningEvent(
            invitation.person(),
            invitation.id(),
            account,
            "The person joined their record and can now see it",
            now));
    return Outcome.of(invitation.person());
  }

  private Outcome wrongBirthDate(Invitation invitation, UUID account) {
    int tries = invitations.wrongTry(invitation.id());
    int left = Math.max(0, settings.birthDateTries() - tries);
    record(
        account,
        "invitation.birth-date-wrong",
        invitation,
        Map.of("try", Integer.toString(tries)),
        false);
    if (left > 0) {
      return new Outcome(null, null, left);
    }
    Instant now = Instant.now();
    invitations.end(invitation.id(), Invitation.Status.LOCKED, null, now);
    record(account, "invitation.locked", invitation, Map.of(), true);
    events.publishEvent(
        new JoiningEvent(
            invitation.person(),
            invitation.id(),
            null,
            "An invitation to join was locked after wrong dates of birth. Nothing was linked",
            now));
    accounts.emailOf(invitation.invitedBy()).ifPresent(mail::locked);
    return Outcome.refused(Problem.LOCKED);
  }

  private Optional<UUID> personOf(UUID account) {
    return jdbc.sql("select id from person where account_id = ?")
        .param(account)
        .query(UUID.class)
        .optional();
  }

  private LocalDate birthDateOf(UUID person) {
    return jdbc.sql("select date_of_birth from person where id = ?")
        .param(person)
        .query(LocalDate.class)
        .single();
  }

  private void record(
      @Nullable UUID account,
      String action,
      @Nullable Invitation invitation,
      Map<String, String> details,
      boolean success) {
    Map<String, String> all = new HashMap<>(details);
    String role = account == null ? null : "PATIENT";
    if (invitation != null) {
      all.put("invitation", invitation.id().toString());
    }
    AuditEvent event =
        success
            ? AuditEvent.success(account, role, action, all)
            : AuditEvent.failure(account, role, action, all);
    audit.record(invitation == null ? event : event.about(invitation.person()));
  }

  private static Problem problemOf(String refusal) {
    return switch (refusal) {
      case "expired" -> Problem.EXPIRED;
      case "locked" -> Problem.LOCKED;
      case "withdrawn", "replaced" -> Problem.WITHDRAWN;
      case "used" -> Problem.USED;
      default -> Problem.UNKNOWN;
    };
  }
}
