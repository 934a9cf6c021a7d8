package care.tandem.care.team;

import static care.tandem.system.Capability.MANAGE_TEAM;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.TeamRequests;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.identity.StaffDirectory;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Asking for a change to the team: a member brings in a colleague from another service; the person
 * invites a named practitioner or asks for a member to be removed.
 */
@Controller
class TeamRequestFormsController {

  private static final String BRING_IN = "bring-in";
  private static final String INVITE = "invite";

  private final CareAccess access;
  private final Capabilities capabilities;
  private final CareTeam team;
  private final TeamRequests requests;
  private final StaffDirectory staff;
  private final RecordHeaders headers;

  TeamRequestFormsController(
      CareAccess access,
      Capabilities capabilities,
      CareTeam team,
      TeamRequests requests,
      StaffDirectory staff,
      RecordHeaders headers) {
    this.access = access;
    this.capabilities = capabilities;
    this.team = team;
    this.requests = requests;
    this.staff = staff;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/team/{kind:bring-in|invite}")
  String startRequest(
      @PathVariable UUID personId, @PathVariable String kind, Authentication viewer, Model model) {
    RecordAccess allowed = allowedTo(kind, personId, viewer);
    return formPage(model, allowed, kind, FormView.of(TeamRequestForm.blank(newKey())));
  }

  @PostMapping("/people/{personId}/team/{kind:bring-in|invite}")
  String processRequest(
      @PathVariable UUID personId,
      @PathVariable String kind,
      Authentication viewer,
      @Valid @ModelAttribute("form") TeamRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = HiddenFields.id(form.idempotencyKey());
    RecordAccess allowed = allowedTo(kind, personId, viewer);
    Optional<UUID> chosen =
        HiddenFields.optionalId(form.choice())
            .filter(
                id ->
                    choices(allowed, kind).stream().anyMatch(c -> c.value().equals(id.toString())));
    if (result.hasErrors() || chosen.isEmpty()) {
      FormView view = FormView.of(result);
      if (chosen.isEmpty()) {
        view =
            view.withError(
                "choice", BRING_IN.equals(kind) ? "Select a service" : "Select a practitioner");
      }
      return formPage(model, allowed, kind, view);
    }
    String question = form.question().strip();
    if (BRING_IN.equals(kind)) {
      requests.bringInColleague(personId, chosen.get(), question, key, viewer);
      redirect.addFlashAttribute(
          TeamController.NOTICE, "Request sent. The service will accept or decline it");
    } else {
      requests.invite(personId, chosen.get(), question, key, viewer);
      redirect.addFlashAttribute(TeamController.NOTICE, "Invitation sent");
    }
    return "redirect:/people/" + personId + "/team";
  }

  @GetMapping("/people/{personId}/team/members/{memberId}/remove-request")
  String startRemoveRequest(
      @PathVariable UUID personId,
      @PathVariable UUID memberId,
      Authentication viewer,
      Model model) {
    RecordAccess allowed = thePerson(personId, viewer);
    return removePage(
        model, allowed, member(allowed, memberId), FormView.of(TeamRequestForm.blank(newKey())));
  }

  @PostMapping("/people/{personId}/team/members/{memberId}/remove-request")
  String processRemoveRequest(
      @PathVariable UUID personId,
      @PathVariable UUID memberId,
      Authentication viewer,
      @Valid @ModelAttribute("form") TeamRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = HiddenFields.id(form.idempotencyKey());
    RecordAccess allowed = thePerson(personId, viewer);
    CareTeamMember member = member(allowed, memberId);
    if (result.hasErrors()) {
      return removePage(model, allowed, member, FormView.of(result));
    }
    requests.askToRemove(personId, memberId, form.question().strip(), key, viewer);
    redirect.addFlashAttribute(TeamController.NOTICE, "Request sent. Your team will answer it");
    return "redirect:/people/" + personId + "/team";
  }

  private RecordAccess allowedTo(String kind, UUID personId, Authentication viewer) {
    if (INVITE.equals(kind)) {
      return thePerson(personId, viewer);
    }
    RecordAccess allowed = capabilities.require(personId, viewer, MANAGE_TEAM, "team.viewed");
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only team members bring in colleagues");
    }
    return allowed;
  }

  private RecordAccess thePerson(UUID personId, Authentication viewer) {
    RecordAccess allowed = access.require(personId, viewer, "team.viewed");
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("Only the person invites or asks for removal");
    }
    return allowed;
  }

  private CareTeamMember member(RecordAccess allowed, UUID memberId) {
    return team.current(allowed).stream()
        .filter(m -> m.id().equals(memberId))
        .findFirst()
        .orElseThrow(RecordNotFoundException::new);
  }

  /** Services to bring in, or practitioners to invite who are not on the team already. */
  private List<Choice> choices(RecordAccess allowed, String kind) {
    if (BRING_IN.equals(kind)) {
      return staff.services().stream()
          .map(s -> Choice.of(s.id().toString(), s.nameWithOrganisation(), s.kindLabel()))
          .toList();
    }
    Set<UUID> onTeam =
        team.current(allowed).stream().map(CareTeamMember::accountId).collect(Collectors.toSet());
    return staff.activePractitioners().stream()
        .filter(p -> !onTeam.contains(p.accountId()))
        .map(
            p ->
                Choice.of(
                    p.accountId().toString(),
                    p.displayName()
                        + ", "
                        + p.jobTitle()
                        + (p.services().isEmpty()
                            ? ""
                            : ", " + p.services().get(0).nameWithOrganisation())))
        .toList();
  }

  private String formPage(Model model, RecordAccess allowed, String kind, FormView form) {
    boolean bringIn = BRING_IN.equals(kind);
    String base = "/people/" + allowed.person() + "/team";
    model.addAttribute(
        "page",
        new TeamPages.TeamFormPage(
            headers.of(allowed, base),
            bringIn ? "Bring in a colleague" : "Invite a practitioner",
            base + "/" + kind,
            bringIn ? "Send request" : "Send invitation",
            form,
            bringIn ? "Service" : "Practitioner",
            choices(allowed, kind),
            bringIn ? "Your question for them" : "Why you would like them on your team",
            bringIn
                ? "Which service do you want to bring in? The question goes to everyone who works there. One of them accepts, naming who joins, or declines with a reason. The person and the team see both."
                : "Who would you like on your care team? They can accept or decline."));
    return "care/team-request";
  }

  private String removePage(
      Model model, RecordAccess allowed, CareTeamMember member, FormView form) {
    String base = "/people/" + allowed.person() + "/team";
    String name = staff.displayName(member.accountId());
    model.addAttribute(
        "page",
        new TeamPages.TeamFormPage(
            headers.of(allowed, base),
            "Ask for " + name + " to be removed",
            base + "/members/" + member.id() + "/remove-request",
            "Send request",
            form,
            "",
            List.of(),
            "Why you would like them removed",
            "Your team's lead, or "
                + name
                + ", will answer. You will see their answer on this page."));
    return "care/team-request";
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }
}
