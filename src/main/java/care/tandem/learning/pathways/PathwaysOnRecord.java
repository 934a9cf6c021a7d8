package care.tandem.learning.pathways;

import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Pathways on the record (how each is going: steps out, opened, finished, check-ins) and, in brief,
 * on the person's home page (a new step, or a pathway waiting for them to choose a pace).
 */
@Component
class PathwaysOnRecord implements RecordSection {

  private final Engagement engagement;
  private final TemplateEngine templates;

  PathwaysOnRecord(Engagement engagement, TemplateEngine templates) {
    this.engagement = engagement;
    this.templates = templates;
  }

  @Override
  public int order() {
    return CARE_ORDER + 20;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    if (!access.isThePerson() && !access.isTeamMember() && !access.isHelper()) {
      return Optional.empty();
    }
    if (access.isHelper()) {
      return Optional.empty();
    }
    List<PathwayPages.EnrolmentLine> lines = engagement.lines(access.person(), access.account());
    return Optional.of(
        output ->
            templates.render(
                "learning/pathways/parts/record-section.jte",
                Map.of(
                    "lines",
                    lines,
                    "href",
                    "/people/" + access.person() + "/pathways",
                    "thePerson",
                    access.isThePerson()),
                output));
  }

  @Override
  public Optional<Content> forPersonHome(RecordAccess access) {
    List<PathwayPages.EnrolmentLine> lines = engagement.lines(access.person(), access.account());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        output ->
            templates.render(
                "learning/pathways/parts/home-person.jte", Map.of("lines", lines), output));
  }
}
