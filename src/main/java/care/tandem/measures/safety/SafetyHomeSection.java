package care.tandem.measures.safety;

import care.tandem.care.RecordAccess;
import care.tandem.care.home.HomeSection;
import care.tandem.measures.SafetyNetSettings;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * First on home pages. For the person: crisis support while any alert of theirs is not closed, so
 * the help stays in reach until a clinician has responded (hazard H2). For practitioners and
 * service leads: every alert not closed for people on their care teams, saying which they own,
 * linking to the alerts page (hazard H4).
 */
@Component
class SafetyHomeSection implements HomeSection {

  private final AlertRepository repository;
  private final SafetyAlerts alerts;
  private final SafetyNetSettings settings;
  private final TemplateEngine templates;

  SafetyHomeSection(
      AlertRepository repository,
      SafetyAlerts alerts,
      SafetyNetSettings settings,
      TemplateEngine templates) {
    this.repository = repository;
    this.alerts = alerts;
    this.settings = settings;
    this.templates = templates;
  }

  @Override
  public int order() {
    return CRISIS_ORDER;
  }

  @Override
  public Optional<Content> forPerson(RecordAccess access) {
    if (!access.isThePerson() || !repository.anyNotClosedFor(access.person())) {
      return Optional.empty();
    }
    Map<String, Object> params = Map.of("whenSeen", settings.whenSeen());
    return Optional.of(output -> templates.render("measures/home-crisis.jte", params, output));
  }

  @Override
  public Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    // Every clinician on the team is prompted; the owner stays responsible and is told which are
    // theirs.
    List<SafetyAlert> waiting = alerts.waitingForTeamsOf(account);
    List<SafetyAlert> escalated = serviceLead ? alerts.escalatedTo(account) : List.of();
    if (waiting.isEmpty() && escalated.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> params =
        Map.of(
            "waiting",
            waiting.size(),
            "unacknowledged",
            (int)
                waiting.stream().filter(alert -> alert.status() == SafetyAlert.Status.OPEN).count(),
            "yours",
            (int) waiting.stream().filter(alert -> account.equals(alert.owner())).count(),
            "escalated",
            escalated.size());
    return Optional.of(output -> templates.render("measures/home-alerts.jte", params, output));
  }
}
