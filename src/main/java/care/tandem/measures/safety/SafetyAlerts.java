package care.tandem.measures.safety;

import static care.tandem.system.Capability.HANDLE_SAFETY_ALERTS;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaleEditException;
import care.tandem.measures.SafetyAlertClosed;
import care.tandem.system.Capability;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What practitioners and service leads do with safety alerts: see the ones waiting for them, open
 * one, acknowledge it ("I have seen this and will act") and close it with an outcome. Only the
 * person's care team may open or change an alert; only a named clinician may close it.
 */
@Service
class SafetyAlerts {

  private final AlertRepository alerts;
  private final CareAccess access;
  private final Capabilities capabilities;
  private final StaffDirectory staff;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  SafetyAlerts(
      AlertRepository alerts,
      CareAccess access,
      Capabilities capabilities,
      StaffDirectory staff,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.alerts = alerts;
    this.access = access;
    this.capabilities = capabilities;
    this.staff = staff;
    this.events = events;
    this.audit = audit;
  }

  /** Alerts not closed for people on the account's teams: its own first, then oldest first. */
  @Transactional(readOnly = true)
  List<SafetyAlert> waitingForTeamsOf(UUID account) {
    List<SafetyAlert> waiting = new ArrayList<>(alerts.waitingFor(access.peopleOnTeamsOf(account)));
    waiting.sort(
        Comparator.comparing((SafetyAlert alert) -> !account.equals(alert.owner()))
            .thenComparing(SafetyAlert::raisedAt));
    return waiting;
  }

  /** The ones that are the account's to act on: its own, and its teams' unowned ones. */
  @Transactional(readOnly = true)
  List<SafetyAlert> waitingOn(UUID account) {
    return waitingForTeamsOf(account).stream()
        .filter(alert -> alert.owner() == null || account.equals(alert.owner()))
        .toList();
  }

  /** Alerts escalated to the services the account leads, oldest first. */
  @Transactional(readOnly = true)
  List<SafetyAlert> escalatedTo(UUID serviceLead) {
    List<UUID> services =
        staff
            .find(serviceLead)
            .map(lead -> lead.services().stream().map(ServiceSummary::id).toList())
            .orElse(List.of());
    return alerts.escalatedTo(services);
  }

  /** Opens an alert for a member of the person's care team; anyone else gets a 404. */
  @Transactional
  Opened open(UUID id, Authentication viewer) {
    SafetyAlert alert = alerts.find(id).orElseThrow(RecordNotFoundException::new);
    RecordAccess allowed =
        access.require(alert.person(), viewer, "safety-alert.viewed", details(alert));
    if (!allowed.isTeamMember()) {
      throw new RecordNotFoundException();
    }
    return new Opened(alert, allowed, mayClose(allowed, viewer));
  }

  /** Notes that a team member has seen the alert and will act. */
  @Transactional
  void acknowledge(UUID id, int version, UUID key, Authentication viewer) {
    SafetyAlert alert = alerts.find(id).orElseThrow(RecordNotFoundException::new);
    RecordAccess allowed =
        capabilities.require(
            alert.person(),
            viewer,
            HANDLE_SAFETY_ALERTS,
            "safety-alert.acknowledged",
            details(alert));
    if (!allowed.isTeamMember()) {
      throw new RecordNotFoundException();
    }
    if (alerts.doneWithKey(id, key)) {
      return;
    }
    if (!alerts.acknowledge(id, version, allowed.account(), now(), key)) {
      throw new StaleEditException("This alert");
    }
  }

  /**
   * Closes the alert with what was done and tells the module (for a plain entry on the person's
   * timeline). A refusal commits its audit row: nothing else has changed by then.
   */
  @Transactional(noRollbackFor = ActionNotAllowedException.class)
  void close(
      UUID id,
      int version,
      UUID key,
      SafetyAlert.Outcome outcome,
      @Nullable String note,
      Authentication viewer) {
    SafetyAlert alert = alerts.find(id).orElseThrow(RecordNotFoundException::new);
    Map<String, String> details = details(alert);
    details.put("outcome", outcome.code);
    RecordAccess allowed =
        capabilities.require(
            alert.person(), viewer, HANDLE_SAFETY_ALERTS, "safety-alert.closed", details);
    if (!allowed.isTeamMember()) {
      throw new RecordNotFoundException();
    }
    if (!mayClose(allowed, viewer)) {
      audit.record(
          AuditEvent.denied(allowed.account(), allowed.role(), "safety-alert.closed", details)
              .about(alert.person()));
      throw new ActionNotAllowedException("Only a named clinician can close a safety alert");
    }
    if (alerts.doneWithKey(id, key)) {
      return;
    }
    Instant now = now();
    if (!alerts.close(id, version, allowed.account(), now, outcome, note, key)) {
      throw new StaleEditException("This alert");
    }
    events.publishEvent(new SafetyAlertClosed(alert.id(), alert.person(), allowed.account(), now));
  }

  /** A clinician on the team ({@link Capability#HANDLE_SAFETY_ALERTS}). */
  private static boolean mayClose(RecordAccess allowed, Authentication viewer) {
    return allowed.isTeamMember() && Capabilities.allows(allowed, viewer, HANDLE_SAFETY_ALERTS);
  }

  private static Map<String, String> details(SafetyAlert alert) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("alert", alert.id().toString());
    details.put("instrument", alert.instrument());
    return details;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** An alert opened by a team member, and whether they may close it. */
  record Opened(SafetyAlert alert, RecordAccess access, boolean mayClose) {}
}
