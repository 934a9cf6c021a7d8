package care.tandem.measures.assigning;

import static care.tandem.system.Capability.ASK_FOR_QUESTIONNAIRE;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A team member asks for a questionnaire, or stops asking for one. */
@Controller
class AssignmentController {

  private final Capabilities access;
  private final RecordHeaders headers;
  private final Instruments instruments;
  private final Assignments assignments;

  AssignmentController(
      Capabilities access,
      RecordHeaders headers,
      Instruments instruments,
      Assignments assignments) {
    this.access = access;
    this.headers = headers;
    this.instruments = instruments;
    this.assignments = assignments;
  }

  @GetMapping("/people/{personId}/questionnaires/assign")
  String startAssigning(@PathVariable("personId") UUID person, Authentication viewer, Model model) {
    RecordAccess allowed = teamMember(person, viewer);
    return page(model, allowed, FormView.of(AssignForm.blank()), null);
  }

  @PostMapping("/people/{personId}/questionnaires/assign")
  String processAssigning(
      @PathVariable("personId") UUID person,
      @ModelAttribute AssignForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    AssignForm.Checked checked =
        form.check(
            instruments.all().stream().map(Instrument::id).collect(Collectors.toSet()),
            CareDates.today());
    if (checked.value() == null) {
      return page(model, teamMember(person, viewer), checked.form(), checked.dateError());
    }
    assignments.assign(person, checked.value(), key, viewer);
    redirect.addFlashAttribute("banner", "Questionnaire asked for");
    return "redirect:/people/" + person + "/questionnaires";
  }

  @PostMapping("/people/{personId}/questionnaires/assignments/{assignmentId}/end")
  String processEnd(
      @PathVariable("personId") UUID person,
      @PathVariable("assignmentId") UUID assignment,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      RedirectAttributes redirect) {
    try {
      assignments.end(person, assignment, HiddenFields.version(version), viewer);
      redirect.addFlashAttribute("banner", "You have stopped asking for this questionnaire");
    } catch (AssignmentChangedException e) {
      redirect.addFlashAttribute(
          "banner", "Someone else changed this request first. Check it below.");
    }
    return "redirect:/people/" + person + "/questionnaires";
  }

  private RecordAccess teamMember(UUID person, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person, viewer, ASK_FOR_QUESTIONNAIRE, "questionnaire.assign-form", Map.of());
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can ask for questionnaires");
    }
    return allowed;
  }

  private String page(
      Model model, RecordAccess allowed, FormView form, @Nullable String dateError) {
    String base = "/people/" + allowed.person() + "/questionnaires";
    model.addAttribute(
        "page",
        new AssignPage(
            headers.of(allowed, base),
            base + "/assign",
            base,
            instruments.all().stream().map(i -> Choice.of(i.id(), i.title())).toList(),
            Arrays.stream(Schedule.values()).map(s -> Choice.of(s.code(), s.label())).toList(),
            Schedule.DAYS_BEFORE_APPOINTMENT));
    model.addAttribute("form", form);
    model.addAttribute("dateError", dateError);
    return "measures/assigning/assign";
  }
}
