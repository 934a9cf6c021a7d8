package care.tandem.directory.signposting;

import care.tandem.care.RecordAccess;
import care.tandem.plan.AddedPlanSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The services the person was signposted to, on their care plan: every one still open, and those
 * with an outcome in the last {@link #RECENT_DAYS} days, so the plan shows what support is in play.
 */
@Component
class SignpostsPlanSection implements AddedPlanSection {

  static final int RECENT_DAYS = 90;

  private final Signposts signposts;
  private final SignpostViews views;
  private final TemplateEngine templates;

  SignpostsPlanSection(Signposts signposts, SignpostViews views, TemplateEngine templates) {
    this.signposts = signposts;
    this.views = views;
    this.templates = templates;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Optional<Content> forPlan(RecordAccess access) {
    Instant since = Instant.now().minus(Duration.ofDays(RECENT_DAYS));
    List<Signpost> shown =
        signposts.all(access).stream()
            .filter(s -> s.open() || (s.outcomeAt() != null && s.outcomeAt().isAfter(since)))
            .toList();
    Map<String, Object> params =
        Map.of(
            "lines", views.lines(access, shown),
            "allHref", SignpostLinks.signposts(access.person()),
            "canRecord", SignpostViews.canRecord(access));
    return Optional.of(
        output -> templates.render("directory/signposting/plan-section.jte", params, output));
  }
}
