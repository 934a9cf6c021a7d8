package care.tandem.care.carers;

import care.tandem.care.Helpers;
import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import care.tandem.care.web.CareDates;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The people helping the person, on the record overview after the care team: the team sees who they
 * are and what each may do; the person gets a link to change it.
 */
@Component
class HelpersOnRecord implements RecordSection {

  private final Helpers helpers;
  private final TemplateEngine templates;

  HelpersOnRecord(Helpers helpers, TemplateEngine templates) {
    this.helpers = helpers;
    this.templates = templates;
  }

  @Override
  public int order() {
    return AFTER_TEAM_ORDER + 50;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    if (access.isHelper()) {
      return Optional.empty();
    }
    List<CarerPages.HelperLine> lines =
        helpers.current(access).stream()
            .map(
                h ->
                    new CarerPages.HelperLine(
                        h.name(),
                        h.relationship(),
                        HelpersController.labels(h.permissions()),
                        CareDates.date(h.startedAt()),
                        null))
            .toList();
    Map<String, Object> params =
        Map.of(
            "helpers",
            lines,
            "manageHref",
            access.isThePerson() ? "/people/" + access.person() + "/helpers" : "");
    return Optional.of(output -> templates.render("care/carers/recordSection.jte", params, output));
  }
}
