package care.tandem.plan.flareup;

import care.tandem.care.RecordAccess;
import care.tandem.plan.AddedPlanSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The flare-up plan's place on the care plan page: whether it is written, and a link to it. */
@Component
class FlareUpPlanSection implements AddedPlanSection {

  private final FlareUpPlans plans;
  private final TemplateEngine templates;

  FlareUpPlanSection(FlareUpPlans plans, TemplateEngine templates) {
    this.plans = plans;
    this.templates = templates;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<Content> forPlan(RecordAccess access) {
    FlareUpPlan plan = plans.current(access);
    Map<String, Object> params =
        Map.of(
            "href", "/people/" + access.person() + "/plan/flare-up",
            "written", !plan.isEmpty(),
            "forThePerson", access.isThePerson());
    return Optional.of(output -> templates.render("plan/flareup/plan-section.jte", params, output));
  }
}
