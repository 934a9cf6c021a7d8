package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carers and others who help a person, with the person's consent (issue 13): who they are, what
 * they may do, and the person's withdrawal. Reading the list needs {@link CareAccess}'s check
 * first; what a helper may open is decided by {@link CarerAccess} inside it.
 */
@Service
public class Helpers {

  private final HelperConsents consents;
  private final AuditLog audit;

  Helpers(HelperConsents consents, AuditLog audit) {
    this.consents = consents;
    this.audit = audit;
  }

  /** The person's helpers now, longest-standing first. */
  @Transactional(readOnly = true)
  public List<Helper> current(RecordAccess access) {
    return consents.currentFor(access.person());
  }

  /** The consent behind a helper's access to the record, if the viewer is helping the person. */
  @Transactional(readOnly = true)
  public Optional<Helper> consentOf(RecordAccess access) {
    return access.isHelper()
        ? consents.current(access.person(), access.account())
        : Optional.empty();
  }

  /** The consents the account holds now, from every person it helps. */
  @Transactional(readOnly = true)
  public List<Helper> helpedBy(UUID account) {
    return consents.currentBy(account);
  }

  /** Whose record a consent is on, before any check: follow with a {@link CareAccess} check. */
  @Transactional(readOnly = true)
  public Optional<UUID> recordOf(UUID consent) {
    return consents.personOf(consent);
  }

  /** A current consent by its id, on the record the access is for. */
  @Transactional(readOnly = true)
  public Optional<Helper> find(RecordAccess access, UUID consent) {
    return consents.find(consent).filter(helper -> helper.person().equals(access.person()));
  }

  /**
   * Records the person's consent for the helper's account (from an accepted invitation, or null for
   * a consent recorded otherwise). A consent the two already had ends.
   */
  @Transactional
  public Helper give(
      UUID person,
      UUID helperAccount,
      String name,
      String relationship,
      Set<HelperPermission> permissions,
      UUID givenBy,
      @Nullable UUID invitation) {
    Helper helper =
        new Helper(
            UUID.randomUUID(),
            person,
            helperAccount,
            name,
            relationship,
            permissions,
            Instant.now(),
            givenBy);
    consents.give(helper, invitation);
    audit.record(
        AuditEvent.success(
                helperAccount,
                "CARER",
                "carer.consent-given",
                invitation == null
                    ? Map.of("consent", helper.id().toString())
                    : Map.of(
                        "consent", helper.id().toString(), "invitation", invitation.toString()))
            .about(person));
    return helper;
  }

  /**
   * The person withdraws a consent, with immediate effect.
   *
   * @throws ActionNotAllowedException unless the viewer is the person themself
   * @return false if it was already withdrawn, or is not on this record
   */
  @Transactional
  public boolean withdraw(RecordAccess access, UUID consent) {
    if (!access.isThePerson()) {
      throw new ActionNotAllowedException("Only the person can withdraw their consent");
    }
    boolean withdrawn =
        consents.withdraw(access.person(), consent, access.account(), Instant.now());
    audit.record(
        (withdrawn
                ? AuditEvent.success(
                    access.account(),
                    access.role(),
                    "carer.consent-withdrawn",
                    Map.of("consent", consent.toString()))
                : AuditEvent.failure(
                    access.account(),
                    access.role(),
                    "carer.consent-withdrawn",
                    Map.of("consent", consent.toString())))
            .about(access.person()));
    return withdrawn;
  }
}
