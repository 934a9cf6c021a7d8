package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffMember;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on a person's care team. Membership is the legitimate relationship {@link CareAccess}
 * checks; joining happens when care starts or a team request is accepted.
 */
@Service
public class CareTeam {

  private final TeamRepository members;
  private final CareAccess access;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CareTeam(
      TeamRepository members, CareAccess access, AuditLog audit, ApplicationEventPublisher events) {
    this.members = members;
    this.access = access;
    this.audit = audit;
    this.events = events;
  }

  /** The team now, in the order they joined. */
  public List<CareTeamMember> current(RecordAccess access) {
    return members.current(access.person());
  }

  /**
   * The team now, for work the system does on nobody's behalf (a safety alert's owner, its
   * escalation). No access check and no audit row: never show the result on a page without {@link
   * CareAccess}.
   */
  public List<CareTeamMember> currentForSystem(UUID person) {
    return members.current(person);
  }

  /** Everyone who has been on the team, including those who have left. */
  public List<CareTeamMember> everyone(RecordAccess access) {
    return members.everyone(access.person());
  }

  /** The viewer's own current place on the team, if they have one. */
  public Optional<CareTeamMember> membershipOf(RecordAccess access) {
    return members.currentMembership(access.person(), access.account());
  }

  /**
   * Takes a member off the team: a member may leave, and a lead may remove anyone. They lose access
   * to the record at once; their past entries stay. Audited as {@code team.member-left}.
   *
   * @throws RecordNotFoundException if the viewer may not change the record or the member is not on
   *     the team
   * @return the member as they were before leaving
   * @throws ActionNotAllowedException if the viewer is neither the member nor a lead
   */
  @Transactional
  public CareTeamMember remove(UUID person, UUID memberId, Authentication viewer) {
    RecordAccess allowed =
        access.requireToChange(
            person, viewer, "team.member-left", Map.of("member", memberId.toString()));
    CareTeamMember member =
        members
            .find(person, memberId)
            .filter(CareTeamMember::isCurrent)
            .orElseThrow(RecordNotFoundException::new);
    boolean themself = member.accountId().equals(allowed.account());
    boolean byLead = membershipOf(allowed).map(CareTeamMember::lead).orElse(false);
    if (!themself && !byLead) {
      throw new ActionNotAllowedException("Only a lead can remove someone else from the team");
    }
    if (members.markLeft(person, memberId, allowed.account())) {
      events.publishEvent(
          new CareTeamMemberLeft(
              person, memberId, member.accountId(), allowed.account(), Instant.now()));
    }
    return member;
  }

  /** Takes a member off the team because a removal request was accepted. */
  void removeOnRequest(UUID person, UUID memberId, UUID decidedBy, String role) {
    Optional<CareTeamMember> member = members.find(person, memberId);
    if (members.markLeft(person, memberId, decidedBy)) {
      audit.record(
          AuditEvent.success(
                  decidedBy, role, "team.member-left", Map.of("member", memberId.toString()))
              .about(person));
      member.ifPresent(
          left ->
              events.publishEvent(
                  new CareTeamMemberLeft(
                      person, memberId, left.accountId(), decidedBy, Instant.now())));
    }
  }

  /** The first member: the practitioner who starts care leads the team. */
  void addFirstMember(UUID person, StaffMember practitioner, String teamRole) {
    add(person, practitioner, null, teamRole, true, practitioner.accountId());
  }

  /**
   * Puts a practitioner on the team, representing {@code service} (or their own first service).
   * Audited as {@code team.member-joined}; does nothing if they are on it already.
   */
  void join(
      UUID person,
      StaffMember practitioner,
      @Nullable ServiceSummary service,
      String teamRole,
      UUID addedBy,
      String addedByRole) {
    if (add(person, practitioner, service, teamRole, false, addedBy)) {
      audit.record(
          AuditEvent.success(
                  addedBy,
                  addedByRole,
                  "team.member-joined",
                  Map.of("account", practitioner.accountId().toString()))
              .about(person));
    }
  }

  private boolean add(
      UUID person,
      StaffMember practitioner,
      @Nullable ServiceSummary service,
      String teamRole,
      boolean lead,
      UUID addedBy) {
    ServiceSummary represents =
        service != null
            ? service
            : practitioner.services().isEmpty() ? null : practitioner.services().get(0);
    UUID organisation =
        represents != null
            ? represents.organisationId()
            : practitioner.organisations().isEmpty()
                ? null
                : practitioner.organisations().get(0).id();
    CareTeamMember member =
        new CareTeamMember(
            UUID.randomUUID(),
            person,
            practitioner.accountId(),
            teamRole,
            represents == null ? null : represents.id(),
            organisation,
            lead,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            null,
            addedBy);
    if (!members.insert(member)) {
      return false;
    }
    events.publishEvent(
        new CareTeamMemberJoined(
            person, member.id(), member.accountId(), teamRole, lead, addedBy, member.joinedAt()));
    return true;
  }
}
