package care.tandem.measures.safety;

import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The record's alert history, for the clinicians who read it: every safety alert, open and closed,
 * with who acknowledged and closed it and the outcome. Closed alerts leave the alerts page but
 * never the record.
 */
@Component
class AlertsOnRecord implements RecordSection {

  private final AlertRepository alerts;
  private final AlertViews views;
  private final TemplateEngine templates;

  AlertsOnRecord(AlertRepository alerts, AlertViews views, TemplateEngine templates) {
    this.alerts = alerts;
    this.views = views;
    this.templates = templates;
  }

  /** Team members and clinicians reading by break-glass; not the person, not connected systems. */
  static boolean forClinicians(RecordAccess access) {
    return access.isTeamMember() || access.basis() == RecordAccess.Basis.BREAK_GLASS;
  }

  @Override
  public int order() {
    return AFTER_TEAM_ORDER + 50;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    if (!forClinicians(access)) {
      return Optional.empty();
    }
    List<SafetyAlert> all = alerts.allFor(access.person());
    Map<String, Object> params =
        Map.of("alerts", views.onRecord(all, access.account(), access.isTeamMember()));
    return Optional.of(
        output -> templates.render("measures/parts/record-alert-history.jte", params, output));
  }
}
