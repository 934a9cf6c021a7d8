package care.tandem.measures.answering;

import care.tandem.care.RecordAccess;
import care.tandem.care.home.HomeSection;
import care.tandem.care.web.CareDates;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.assigning.Assignment;
import care.tandem.measures.assigning.Assignments;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Questionnaires due or overdue, at the top of the person's home page, each with a link to start it
 * or carry on where they left off. This is the in-app reminder; the e-mail only says to sign in.
 */
@Component
class DueQuestionnairesSection implements HomeSection {

  private final Assignments assignments;
  private final Responses responses;
  private final Instruments instruments;
  private final TemplateEngine templates;

  DueQuestionnairesSection(
      Assignments assignments,
      Responses responses,
      Instruments instruments,
      TemplateEngine templates) {
    this.assignments = assignments;
    this.responses = responses;
    this.instruments = instruments;
    this.templates = templates;
  }

  @Override
  public int order() {
    return TO_DO_ORDER;
  }

  @Override
  public Optional<Content> forPerson(RecordAccess access) {
    List<Assignment> due = assignments.due(access);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    List<Response> all = responses.all(access);
    List<QuestionnairesPage.Line> lines = new ArrayList<>();
    for (Assignment assignment : due) {
      Optional<Instrument> instrument = instruments.find(assignment.instrument());
      if (instrument.isEmpty() || assignment.nextDue() == null) {
        continue;
      }
      Optional<Response> started =
          all.stream()
              .filter(r -> !r.submitted() && r.instrument().equals(assignment.instrument()))
              .findFirst();
      lines.add(
          new QuestionnairesPage.Line(
              instrument.get().title(),
              "Due " + CareDates.date(assignment.nextDue()),
              started.isPresent()
                  ? AnsweringLinks.carryOn(instrument.get(), started.get())
                  : AnsweringLinks.start(access.person(), instrument.get().id()),
              started.isPresent() ? "Continue" : "Start"));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<QuestionnairesPage.Line> shown = List.copyOf(lines);
    return Optional.of(
        output -> templates.render("measures/answering/due.jte", Map.of("lines", shown), output));
  }
}
