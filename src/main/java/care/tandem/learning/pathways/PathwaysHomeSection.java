package care.tandem.learning.pathways;

import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.home.HomeSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * On a team member's home page: a gentle "check in with …" for each person whose released step has
 * stayed unopened, for the one who offered the pathway. On a service lead's: where pathways are
 * built.
 */
@Component
class PathwaysHomeSection implements HomeSection {

  private final CheckInTaskRepository tasks;
  private final People people;
  private final TemplateEngine templates;

  PathwaysHomeSection(CheckInTaskRepository tasks, People people, TemplateEngine templates) {
    this.tasks = tasks;
    this.people = people;
    this.templates = templates;
  }

  @Override
  public int order() {
    return TO_DO_ORDER + 30;
  }

  @Override
  public Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    List<CheckInTaskRepository.OpenTask> open = tasks.openFor(account);
    Map<UUID, Person> who =
        people.findAll(open.stream().map(CheckInTaskRepository.OpenTask::person).toList());
    List<PathwayPages.CheckIn> checkIns =
        open.stream()
            .filter(t -> who.containsKey(t.person()))
            .map(
                t ->
                    new PathwayPages.CheckIn(
                        who.get(t.person()).details().nameToUse(),
                        "/people/" + t.person() + "/pathways/" + t.enrolment()))
            .toList();
    if (checkIns.isEmpty() && !serviceLead) {
      return Optional.empty();
    }
    return Optional.of(
        output ->
            templates.render(
                "learning/pathways/parts/home-team.jte",
                Map.of("checkIns", checkIns, "serviceLead", serviceLead),
                output));
  }
}
