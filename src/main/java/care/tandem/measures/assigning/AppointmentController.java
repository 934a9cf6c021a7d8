package care.tandem.measures.assigning;

import static care.tandem.system.Capability.ASK_FOR_QUESTIONNAIRE;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.system.form.FormView;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team member sets the next appointment for a questionnaire asked for before appointments. After
 * one is sent it waits for a new date, so without this page it would never be due again.
 */
@Controller
class AppointmentController {

  private static final String PATH =
      "/people/{personId}/questionnaires/assignments/{assignmentId}/appointment";

  private final Capabilities access;
  private final RecordHeaders headers;
  private final Instruments instruments;
  private final Assignments assignments;

  AppointmentController(
      Capabilities access,
      RecordHeaders headers,
      Instruments instruments,
      Assignments assignments) {
    this.access = access;
    this.headers = headers;
    this.instruments = instruments;
    this.assignments = assignments;
  }

  @GetMapping(PATH)
  String startSetting(
      @PathVariable("personId") UUID person,
      @PathVariable("assignmentId") UUID assignment,
      Authentication viewer,
      Model model) {
    RecordAccess allowed = teamMember(person, assignment, viewer);
    Assignment found = open(allowed, assignment);
    return page(model, allowed, found, FormView.of(AppointmentForm.blank(found.version())), null);
  }

  @PostMapping(PATH)
  String processSetting(
      @PathVariable("personId") UUID person,
      @PathVariable("assignmentId") UUID assignment,
      @ModelAttribute AppointmentForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    int version = HiddenFields.version(form.version());
    String problem = form.problem(CareDates.today());
    LocalDate date = form.date();
    if (problem != null || date == null) {
      RecordAccess allowed = teamMember(person, assignment, viewer);
      FormView view = FormView.of(form).withError("dateDay", problem);
      return page(model, allowed, open(allowed, assignment), view, problem);
    }
    try {
      assignments.setAppointment(person, assignment, date, version, viewer);
      redirect.addFlashAttribute("banner", "Next appointment saved");
    } catch (AssignmentChangedException e) {
      redirect.addFlashAttribute(
          "banner", "Someone else changed this request first. Check it below.");
    }
    return "redirect:/people/" + person + "/questionnaires";
  }

  private RecordAccess teamMember(UUID person, UUID assignment, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            ASK_FOR_QUESTIONNAIRE,
            "questionnaire.appointment-form",
            Map.of("assignment", assignment.toString()));
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can set an appointment");
    }
    return allowed;
  }

  /** The request, if it is this person's, asked for before appointments and not ended. */
  private Assignment open(RecordAccess allowed, UUID assignment) {
    return assignments.all(allowed).stream()
        .filter(a -> a.id().equals(assignment))
        .filter(a -> a.schedule() == Schedule.BEFORE_APPOINTMENT && !a.ended())
        .findFirst()
        .orElseThrow(RecordNotFoundException::new);
  }

  private String page(
      Model model,
      RecordAccess allowed,
      Assignment found,
      FormView form,
      @Nullable String dateError) {
    String base = "/people/" + allowed.person() + "/questionnaires";
    String title =
        instruments.find(found.instrument()).map(Instrument::title).orElse(found.instrument());
    model.addAttribute(
        "page",
        new AppointmentPage(
            headers.of(allowed, base),
            base + "/assignments/" + found.id() + "/appointment",
            base,
            title));
    model.addAttribute("form", form);
    model.addAttribute("dateError", dateError);
    return "measures/assigning/appointment";
  }
}
