package care.tandem.care.team;

import care.tandem.care.Person;
import care.tandem.care.RequestAlreadyDecidedException;
import care.tandem.care.TeamRequest;
import care.tandem.care.TeamRequests;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.identity.StaffDirectory;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Requests a practitioner may decide: to join a team from their service, invitations to them, and
 * removals from teams they lead. Accepting names who joins; declining needs a reason.
 */
@Controller
class TeamRequestController {

  private final TeamRequests requests;
  private final RequestLines lines;
  private final StaffDirectory staff;

  TeamRequestController(TeamRequests requests, RequestLines lines, StaffDirectory staff) {
    this.requests = requests;
    this.lines = lines;
    this.staff = staff;
  }

  @GetMapping("/team-requests")
  String showRequests(Authentication viewer, Model model) {
    UUID account = UUID.fromString(viewer.getName());
    model.addAttribute(
        "page",
        new TeamPages.RequestListPage(
            lines.lines(requests.awaitingDecisionBy(account), List.of(), account, true),
            TeamController.notice(model)));
    return "care/team-requests";
  }

  @GetMapping("/team-requests/{requestId}")
  String showRequest(@PathVariable UUID requestId, Authentication viewer, Model model) {
    TeamRequest request = requests.forDecision(requestId, viewer);
    return page(
        model,
        request,
        viewer,
        FormView.of(new DecisionForms.AcceptForm(null)),
        FormView.of(new DecisionForms.DeclineForm("")),
        null);
  }

  @PostMapping("/team-requests/{requestId}/accept")
  String processAccept(
      @PathVariable UUID requestId,
      Authentication viewer,
      @ModelAttribute("form") DecisionForms.AcceptForm form,
      Model model,
      RedirectAttributes redirect) {
    TeamRequest request = requests.forDecision(requestId, viewer);
    Optional<UUID> joining = HiddenFields.optionalId(form.joining());
    boolean bringIn = request.kind() == TeamRequest.Kind.BRING_IN_COLLEAGUE;
    if (bringIn
        && joining
            .filter(id -> joiners(request).stream().anyMatch(c -> c.value().equals(id.toString())))
            .isEmpty()) {
      return page(
          model,
          request,
          viewer,
          FormView.of(form).withError("joining", "Select who will join the care team"),
          FormView.of(new DecisionForms.DeclineForm("")),
          null);
    }
    try {
      requests.accept(requestId, joining.orElse(null), viewer);
    } catch (RequestAlreadyDecidedException e) {
      return alreadyDecided(model, requestId, viewer);
    }
    redirect.addFlashAttribute(TeamController.NOTICE, "Request accepted");
    return "redirect:/team-requests";
  }

  @PostMapping("/team-requests/{requestId}/decline")
  String processDecline(
      @PathVariable UUID requestId,
      Authentication viewer,
      @Valid @ModelAttribute("form") DecisionForms.DeclineForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    TeamRequest request = requests.forDecision(requestId, viewer);
    if (result.hasErrors()) {
      return page(
          model,
          request,
          viewer,
          FormView.of(new DecisionForms.AcceptForm(null)),
          FormView.of(result),
          null);
    }
    try {
      requests.decline(requestId, form.reason().strip(), viewer);
    } catch (RequestAlreadyDecidedException e) {
      return alreadyDecided(model, requestId, viewer);
    }
    redirect.addFlashAttribute(TeamController.NOTICE, "Request declined");
    return "redirect:/team-requests";
  }

  private String alreadyDecided(Model model, UUID requestId, Authentication viewer) {
    TeamRequest now = requests.forDecision(requestId, viewer);
    return page(
        model,
        now,
        viewer,
        FormView.of(new DecisionForms.AcceptForm(null)),
        FormView.of(new DecisionForms.DeclineForm("")),
        "Someone else answered this request while you were looking at it.");
  }

  private List<Choice> joiners(TeamRequest request) {
    if (request.toServiceId() == null) {
      return List.of();
    }
    return staff.practitionersIn(request.toServiceId()).stream()
        .map(p -> Choice.of(p.accountId().toString(), p.displayName(), p.jobTitle()))
        .toList();
  }

  private String page(
      Model model,
      TeamRequest request,
      Authentication viewer,
      FormView accept,
      FormView decline,
      @Nullable String problem) {
    Person person = requests.personIn(request);
    UUID account = UUID.fromString(viewer.getName());
    TeamPages.RequestLine line = lines.lines(List.of(request), List.of(), account, false).get(0);
    String base = "/team-requests/" + request.id();
    model.addAttribute(
        "page",
        new TeamPages.DecisionPage(
            person.details().displayName(),
            List.of(
                SummaryListRow.of("Name", person.details().displayName()),
                SummaryListRow.of("Date of birth", CareDates.date(person.details().dateOfBirth()))),
            line,
            request.isOpen(),
            base + "/accept",
            base + "/decline",
            accept,
            decline,
            joiners(request),
            problem));
    return "care/team-request-decision";
  }
}
