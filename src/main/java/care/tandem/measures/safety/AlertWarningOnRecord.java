package care.tandem.measures.safety;

import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordWarning;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each safety alert not yet closed, at the top of every page of the person's record, for the
 * clinicians who read it (hazard H4). The person does not see it: they see crisis support on their
 * home page instead (hazard H2).
 */
@Component
class AlertWarningOnRecord implements RecordWarning {

  private final AlertRepository alerts;
  private final AlertViews views;
  private final TemplateEngine templates;

  AlertWarningOnRecord(AlertRepository alerts, AlertViews views, TemplateEngine templates) {
    this.alerts = alerts;
    this.views = views;
    this.templates = templates;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    if (!AlertsOnRecord.forClinicians(access)) {
      return Optional.empty();
    }
    List<SafetyAlert> open = alerts.notClosedFor(access.person());
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> params =
        Map.of("alerts", views.onRecord(open, access.account(), access.isTeamMember()));
    return Optional.of(
        output -> templates.render("measures/parts/record-alert-warning.jte", params, output));
  }
}
