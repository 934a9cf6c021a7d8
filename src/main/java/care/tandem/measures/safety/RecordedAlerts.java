package care.tandem.measures.safety;

import care.tandem.care.RecordAccess;
import care.tandem.measures.SafetyAlertsOnRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The safety alerts on a record, for the FHIR interface. */
@Service
class RecordedAlerts implements SafetyAlertsOnRecord {

  private final AlertRepository alerts;

  RecordedAlerts(AlertRepository alerts) {
    this.alerts = alerts;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> personOf(UUID alert) {
    return alerts.find(alert).map(SafetyAlert::person);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordedAlert> find(RecordAccess access, UUID alert) {
    return alerts
        .find(alert)
        .filter(found -> found.person().equals(access.person()))
        .map(RecordedAlerts::recorded);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordedAlert> open(RecordAccess access) {
    return alerts.waitingFor(Set.of(access.person())).stream()
        .map(RecordedAlerts::recorded)
        .toList();
  }

  private static RecordedAlert recorded(SafetyAlert alert) {
    return new RecordedAlert(
        alert.id(),
        alert.person(),
        alert.instrument(),
        alert.flagged(),
        alert.raisedAt(),
        alert.acknowledgedAt() != null,
        alert.closedAt());
  }
}
