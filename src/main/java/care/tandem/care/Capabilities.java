package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.system.Capability;
import care.tandem.system.Capability.Holder;
import care.tandem.system.CapabilityRefusedException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that enforces the {@link Capability} table: on a record, the relationship first
 * ({@link CareAccess}: not on the team, a 404 as ever), then the capability (on the team without
 * it, a {@link CapabilityRefusedException}: 403 "You cannot do this", audited as denied with the
 * capability's name, nothing changed). Pages ask {@link #allows} to offer only what the viewer can
 * do.
 *
 * <p>Call it where you would call {@link CareAccess#requireToChange} (or {@link CareAccess#require}
 * for {@link #requireToSee}), before your transaction writes any other audit row.
 */
@Service
public class Capabilities {

  /** What a carer or other helper may be given by the person's consent (docs/carers.md). */
  private static final Set<Capability> HELPER_CAPABILITIES =
      EnumSet.of(
          Capability.POST_IN_CONVERSATION, Capability.SEE_RESULTS, Capability.ANSWER_QUESTIONNAIRE);

  private final CareAccess access;
  private final AuditLog audit;
  private final TransactionTemplate separately;

  Capabilities(CareAccess access, AuditLog audit, PlatformTransactionManager transactions) {
    this.access = access;
    this.audit = audit;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Lets the viewer change the person's record this way, as {@link CareAccess#requireToChange}
   * does, if they hold the capability.
   *
   * @throws RecordNotFoundException when the viewer has no relationship to the person
   * @throws CapabilityRefusedException when they do but do not hold the capability
   */
  public RecordAccess require(
      UUID person, Authentication viewer, Capability capability, String action) {
    return require(person, viewer, capability, action, Map.of());
  }

  /** As {@link #require(UUID, Authentication, Capability, String)}, with audit details. */
  public RecordAccess require(
      UUID person,
      Authentication viewer,
      Capability capability,
      String action,
      Map<String, String> details) {
    refuseWithout(person, viewer, capability, action, details);
    return access.requireToChange(person, viewer, action, details);
  }

  /** As {@link CareAccess#require} (reading; break-glass counts), if they hold the capability. */
  public RecordAccess requireToSee(
      UUID person, Authentication viewer, Capability capability, String action) {
    return requireToSee(person, viewer, capability, action, Map.of());
  }

  /** As {@link #requireToSee(UUID, Authentication, Capability, String)}, with audit details. */
  public RecordAccess requireToSee(
      UUID person,
      Authentication viewer,
      Capability capability,
      String action,
      Map<String, String> details) {
    refuseWithout(person, viewer, capability, action, details);
    return access.require(person, viewer, action, details);
  }

  /**
   * For what is not done to one record (starting a record, break-glass, hiding a message): the
   * route table already lets in only holders; this refuses anyone else who gets this far, audited.
   */
  public void requireHeld(Authentication viewer, Capability capability, String action) {
    if (!allows(viewer, capability)) {
      refuse(null, viewer, capability, action, Map.of());
    }
  }

  /** Whether the viewer, let into the record as {@code allowed}, holds the capability there. */
  public static boolean allows(RecordAccess allowed, Authentication viewer, Capability capability) {
    return holds(allowed.basis(), viewer, capability);
  }

  /** Whether the viewer's role or discipline holds the capability (not as the person). */
  public static boolean allows(Authentication viewer, Capability capability) {
    return staffHolder(viewer).map(capability.holders()::contains).orElse(false);
  }

  private void refuseWithout(
      UUID person,
      Authentication viewer,
      Capability capability,
      String action,
      Map<String, String> details) {
    Optional<RecordAccess.Basis> basis = access.basisOf(person, viewer);
    if (basis.isPresent() && !holds(basis.get(), viewer, capability)) {
      refuse(person, viewer, capability, action, details);
    }
  }

  private void refuse(
      @org.jspecify.annotations.Nullable UUID person,
      Authentication viewer,
      Capability capability,
      String action,
      Map<String, String> details) {
    Map<String, String> withCapability = new TreeMap<>(details);
    withCapability.put("capability", capability.name());
    AuditEvent refused =
        AuditEvent.denied(
            CareAccess.accountOf(viewer).orElse(null),
            CareAccess.roleOf(viewer),
            action,
            withCapability);
    AuditEvent event = person == null ? refused : refused.about(person);
    separately.executeWithoutResult(status -> audit.record(event));
    throw new CapabilityRefusedException(capability);
  }

  private static boolean holds(
      RecordAccess.Basis basis, Authentication viewer, Capability capability) {
    if (basis == RecordAccess.Basis.THE_PERSON) {
      return capability.holders().contains(Holder.THE_PERSON);
    }
    if (basis == RecordAccess.Basis.CARER) {
      // Only these can ever be consented to; which of them this helper has, CarerAccess decides
      // by action as it lets them in (a helper reaches no page their consent does not cover).
      return HELPER_CAPABILITIES.contains(capability);
    }
    return allows(viewer, capability);
  }

  private static Optional<Holder> staffHolder(Authentication viewer) {
    return Holder.staffOf(
        viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }
}
