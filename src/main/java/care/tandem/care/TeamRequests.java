package care.tandem.care;

import static care.tandem.system.Capability.MANAGE_TEAM;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Created;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a care team by request, so every change is asked for and answered on the record: a
 * member brings in a colleague from another service, the person invites a named practitioner, or
 * the person asks for a member to be removed. Each is accepted or declined with a reason.
 */
@Service
public class TeamRequests {

  private final TeamRequestRepository requests;
  private final PersonRepository people;
  private final TeamRepository members;
  private final CareTeam team;
  private final Capabilities access;
  private final StaffDirectory staff;
  private final AuditLog audit;

  TeamRequests(
      TeamRequestRepository requests,
      PersonRepository people,
      TeamRepository members,
      CareTeam team,
      Capabilities access,
      StaffDirectory staff,
      AuditLog audit) {
    this.requests = requests;
    this.people = people;
    this.members = members;
    this.team = team;
    this.access = access;
    this.staff = staff;
    this.audit = audit;
  }

  /** Every request about the person's team, newest first. */
  public List<TeamRequest> forPerson(RecordAccess access) {
    return requests.forPerson(access.person());
  }

  /** Open requests the account may decide, oldest first: for a practitioner's home page. */
  public List<TeamRequest> awaitingDecisionBy(UUID account) {
    return requests.openFor(account);
  }

  /** A team member asks another service to join. Once per idempotency key. */
  @Transactional
  public Created bringInColleague(
      UUID person, UUID serviceId, String question, UUID key, Authentication viewer) {
    RecordAccess allowed = requireToAsk(person, viewer, "BRING_IN_COLLEAGUE");
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only team members bring in colleagues");
    }
    staff.service(serviceId).orElseThrow(() -> new IllegalArgumentException("No such service"));
    return insert(
        allowed, TeamRequest.Kind.BRING_IN_COLLEAGUE, serviceId, null, null, question, key);
  }

  /** The person invites a named practitioner who is not on their team. Once per key. */
  @Transactional
  public Created invite(
      UUID person, UUID practitionerId, String message, UUID key, Authentication viewer) {
    RecordAccess allowed = requireToAsk(person, viewer, "INVITE_PRACTITIONER");
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("Only the person invites practitioners");
    }
    staff
        .find(practitionerId)
        .filter(p -> p.isPractitioner() && p.active())
        .orElseThrow(() -> new IllegalArgumentException("No such practitioner"));
    return insert(
        allowed, TeamRequest.Kind.INVITE_PRACTITIONER, null, practitionerId, null, message, key);
  }

  /** The person asks for a current member to be removed, saying why. Once per key. */
  @Transactional
  public Created askToRemove(
      UUID person, UUID memberId, String reason, UUID key, Authentication viewer) {
    RecordAccess allowed = requireToAsk(person, viewer, "REMOVE_MEMBER");
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("Only the person asks for a member to be removed");
    }
    members
        .find(person, memberId)
        .filter(CareTeamMember::isCurrent)
        .orElseThrow(RecordNotFoundException::new);
    return insert(allowed, TeamRequest.Kind.REMOVE_MEMBER, null, null, memberId, reason, key);
  }

  /**
   * A request the viewer may decide (open or already decided), audited as {@code
   * team-request.viewed}. Practitioners asked to join see it before they are on the team: the
   * request is the referral that makes the relationship.
   *
   * @throws RecordNotFoundException if there is no such request or the viewer may not decide it
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public TeamRequest forDecision(UUID requestId, Authentication viewer) {
    UUID account = CareAccess.accountOf(viewer).orElseThrow(RecordNotFoundException::new);
    Optional<TeamRequest> request =
        requests.find(requestId).filter(found -> mayDecide(found, account));
    String role = CareAccess.roleOf(viewer);
    Map<String, String> details = Map.of("request", requestId.toString());
    if (request.isEmpty()) {
      audit.record(AuditEvent.denied(account, role, "team-request.viewed", details));
      throw new RecordNotFoundException();
    }
    audit.record(
        AuditEvent.success(account, role, "team-request.viewed", details)
            .about(request.get().personId()));
    return request.get();
  }

  /**
   * Who a request is about, so the practitioners asked can recognise them. Pass only a request from
   * {@link #forDecision}, which checked and audited the viewer.
   */
  public Person personIn(TeamRequest request) {
    return people.find(request.personId()).orElseThrow(RecordNotFoundException::new);
  }

  /**
   * Accepts a request: the colleague named joins (bring in), the viewer joins (invitation), or the
   * member leaves (removal).
   *
   * @param joining for a bring-in request, the practitioner in that service who joins
   * @throws RequestAlreadyDecidedException if someone decided it first
   * @throws IllegalArgumentException if {@code joining} does not work in the service asked
   */
  @Transactional
  public void accept(UUID requestId, @Nullable UUID joining, Authentication viewer) {
    TeamRequest request = forDecision(requestId, viewer);
    if (!request.isOpen()) {
      throw new RequestAlreadyDecidedException();
    }
    UUID account = CareAccess.accountOf(viewer).orElseThrow();
    String role = String.valueOf(CareAccess.roleOf(viewer));
    UUID joiner =
        switch (request.kind()) {
          case BRING_IN_COLLEAGUE -> joining;
          case INVITE_PRACTITIONER -> account;
          case REMOVE_MEMBER -> null;
        };
    StaffMember joiningMember = null;
    if (joiner != null) {
      joiningMember =
          staff
              .find(joiner)
              .filter(p -> p.isPractitioner() && p.active())
              .filter(p -> request.toServiceId() == null || p.worksIn(request.toServiceId()))
              .orElseThrow(() -> new IllegalArgumentException("Not a practitioner here"));
    } else if (request.kind() == TeamRequest.Kind.BRING_IN_COLLEAGUE) {
      throw new IllegalArgumentException("Name who joins");
    }
    decide(request, TeamRequest.Status.ACCEPTED, account, role, joiner, null);
    if (joiningMember != null) {
      team.join(
          request.personId(),
          joiningMember,
          request.toServiceId() == null ? null : staff.service(request.toServiceId()).orElse(null),
          joiningMember.jobTitle(),
          account,
          role);
    } else if (request.memberId() != null) {
      team.removeOnRequest(request.personId(), request.memberId(), account, role);
    }
  }

  /** Declines a request with a reason everyone on the record can read. */
  @Transactional
  public void decline(UUID requestId, String reason, Authentication viewer) {
    TeamRequest request = forDecision(requestId, viewer);
    UUID account = CareAccess.accountOf(viewer).orElseThrow();
    decide(
        request,
        TeamRequest.Status.DECLINED,
        account,
        String.valueOf(CareAccess.roleOf(viewer)),
        null,
        reason);
  }

  /** Whoever made a request withdraws it while it is open. */
  @Transactional
  public void withdraw(UUID person, UUID requestId, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            MANAGE_TEAM,
            "team-request.withdrawn",
            Map.of("request", requestId.toString()));
    TeamRequest request =
        requests
            .find(requestId)
            .filter(found -> found.personId().equals(person))
            .orElseThrow(RecordNotFoundException::new);
    if (!request.requestedBy().equals(allowed.account())) {
      throw new ActionNotAllowedException("Only whoever made a request withdraws it");
    }
    if (!requests.decide(requestId, TeamRequest.Status.WITHDRAWN, allowed.account(), null, null)) {
      throw new RequestAlreadyDecidedException();
    }
  }

  private boolean mayDecide(TeamRequest request, UUID account) {
    return switch (request.kind()) {
      case BRING_IN_COLLEAGUE ->
          staff.find(account).map(s -> s.worksIn(request.toServiceId())).orElse(false);
      case INVITE_PRACTITIONER -> account.equals(request.practitionerId());
      case REMOVE_MEMBER ->
          members
              .currentMembership(request.personId(), account)
              .map(m -> m.lead() || m.id().equals(request.memberId()))
              .orElse(false);
    };
  }

  private void decide(
      TeamRequest request,
      TeamRequest.Status status,
      UUID account,
      String role,
      @Nullable UUID joined,
      @Nullable String reason) {
    if (!request.isOpen() || !requests.decide(request.id(), status, account, joined, reason)) {
      throw new RequestAlreadyDecidedException();
    }
    audit.record(
        AuditEvent.success(
                account,
                role,
                "team-request." + status.name().toLowerCase(),
                Map.of("request", request.id().toString(), "kind", request.kind().name()))
            .about(request.personId()));
  }

  private RecordAccess requireToAsk(UUID person, Authentication viewer, String kind) {
    return access.require(person, viewer, MANAGE_TEAM, "team-request.made", Map.of("kind", kind));
  }

  private Created insert(
      RecordAccess allowed,
      TeamRequest.Kind kind,
      @Nullable UUID service,
      @Nullable UUID practitioner,
      @Nullable UUID member,
      String question,
      UUID key) {
    Optional<UUID> earlier = requests.findByIdempotencyKey(key);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), false);
    }
    UUID id = UUID.randomUUID();
    if (!requests.insert(
        id,
        allowed.person(),
        kind,
        allowed.account(),
        service,
        practitioner,
        member,
        question,
        key)) {
      return new Created(requests.findByIdempotencyKey(key).orElseThrow(), false);
    }
    return new Created(id, true);
  }
}
