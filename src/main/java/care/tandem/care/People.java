package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Created;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.identity.StaleEditException;
import care.tandem.system.Capability;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's records: starting care for someone new, reading who they are, and changing their
 * details. Reads take a {@link RecordAccess}; changes check access themselves, in their own
 * transaction, so the audit row commits with the change.
 */
@Service
public class People {

  private final PersonRepository people;
  private final CareTeam team;
  private final Capabilities capabilities;
  private final StaffDirectory staff;
  private final AuditLog audit;

  People(
      PersonRepository people,
      CareTeam team,
      Capabilities capabilities,
      StaffDirectory staff,
      AuditLog audit) {
    this.people = people;
    this.team = team;
    this.capabilities = capabilities;
    this.staff = staff;
    this.audit = audit;
  }

  public Person person(RecordAccess access) {
    return people.find(access.person()).orElseThrow(RecordNotFoundException::new);
  }

  /**
   * The people among {@code ids}, in the order given, skipping unknown ids. No access check: pass
   * only ids the viewer may see, such as {@link CareAccess#peopleOnTeamsOf}.
   */
  public Map<UUID, Person> findAll(Collection<UUID> ids) {
    return people.findAll(ids);
  }

  /**
   * A practitioner starts care for someone new: their record, with the practitioner on the team as
   * its lead. Once per idempotency key: a repeated submit returns the first record.
   *
   * @throws NhsNumberTakenException if another record has the NHS number
   * @throws ActionNotAllowedException if the viewer is not a practitioner or service lead
   */
  @Transactional
  public Created startCare(
      PersonDetails details, String teamRole, UUID idempotencyKey, Authentication practitioner) {
    Optional<UUID> earlier = people.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), false);
    }
    capabilities.requireHeld(practitioner, Capability.START_A_RECORD, "record.created");
    UUID accountId =
        CareAccess.accountOf(practitioner)
            .orElseThrow(() -> new IllegalArgumentException("Nobody is signed in"));
    StaffMember lead =
        staff
            .find(accountId)
            .filter(member -> member.isPractitioner() || "SERVICE_LEAD".equals(member.role()))
            .orElseThrow(() -> new ActionNotAllowedException("Only practitioners start care"));
    if (details.nhsNumber() != null && people.findByNhsNumber(details.nhsNumber()).isPresent()) {
      throw new NhsNumberTakenException();
    }
    UUID id = UUID.randomUUID();
    // A simultaneous submit of the same form may have just added it: that is not a clash.
    if (!people.insert(id, details, idempotencyKey, accountId)) {
      return people
          .findByIdempotencyKey(idempotencyKey)
          .map(existing -> new Created(existing, false))
          .orElseThrow(NhsNumberTakenException::new);
    }
    team.addFirstMember(id, lead, teamRole);
    audit.record(AuditEvent.success(accountId, lead.role(), "record.created", Map.of()).about(id));
    return new Created(id, true);
  }

  /**
   * Changes a person's details, if nobody has since {@code version}. The person and the clinicians
   * on their team may ({@link Capability#CHANGE_IDENTITY_DETAILS}).
   *
   * @throws StaleEditException if someone else changed them first
   * @throws NhsNumberTakenException if another record has the NHS number
   */
  @Transactional
  public void change(UUID person, int version, PersonDetails details, Authentication viewer) {
    capabilities.require(
        person, viewer, Capability.CHANGE_IDENTITY_DETAILS, "person-details.changed");
    NhsNumber number = details.nhsNumber();
    if (number != null
        && people.findByNhsNumber(number).filter(other -> !other.equals(person)).isPresent()) {
      throw new NhsNumberTakenException();
    }
    if (!people.update(person, version, details)) {
      throw new StaleEditException("This person's details");
    }
  }
}
