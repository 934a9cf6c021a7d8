package care.tandem.care.carers;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.CareAccess;
import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * "People who help me": the person invites a carer, family member or friend, chooses what they may
 * do, and withdraws that consent at any time. Only the person themself uses these pages; their team
 * sees the helpers on the record overview ({@link HelpersOnRecord}).
 */
@Controller
class HelpersController {

  private static final String NOTICE = "notice";

  private final CareAccess access;
  private final Helpers helpers;
  private final CarerInvitations invitations;
  private final CarerInvitationMail mail;
  private final People people;
  private final RecordHeaders headers;

  HelpersController(
      CareAccess access,
      Helpers helpers,
      CarerInvitations invitations,
      CarerInvitationMail mail,
      People people,
      RecordHeaders headers) {
    this.access = access;
    this.helpers = helpers;
    this.invitations = invitations;
    this.mail = mail;
    this.people = people;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/helpers")
  String showHelpers(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = thePerson(personId, viewer, "helpers.viewed");
    String base = base(personId);
    model.addAttribute(
        "page",
        new CarerPages.HelpersPage(
            headers.of(allowed, base + "/helpers"),
            helpers.current(allowed).stream()
                .map(
                    h ->
                        new CarerPages.HelperLine(
                            h.name(),
                            h.relationship(),
                            labels(h.permissions()),
                            CareDates.date(h.startedAt()),
                            base + "/helpers/" + h.id() + "/withdraw"))
                .toList(),
            invitations.pending(allowed).stream()
                .map(
                    i ->
                        new CarerPages.HelperLine(
                            i.name(),
                            i.relationship(),
                            labels(i.permissions()),
                            CareDates.date(i.expiresAt()),
                            base + "/helpers/invitations/" + i.id() + "/withdraw"))
                .toList(),
            base + "/helpers/invite",
            model.getAttribute(NOTICE) instanceof String text ? text : null));
    return "care/carers/helpers";
  }

  @GetMapping("/people/{personId}/helpers/invite")
  String startInvite(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = thePerson(personId, viewer, "helpers.viewed");
    return invitePage(allowed, FormView.of(InviteHelperForm.empty()), model);
  }

  @PostMapping("/people/{personId}/helpers/invite")
  String processInvite(
      @PathVariable UUID personId,
      Authentication viewer,
      @Valid @ModelAttribute("form") InviteHelperForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    RecordAccess allowed = thePerson(personId, viewer, "carer.invite-form");
    Set<HelperPermission> chosen = permissions(form.permissions());
    if (result.hasErrors() || chosen.isEmpty()) {
      FormView view = FormView.of(result);
      if (chosen.isEmpty() && !view.field("permissions").hasError()) {
        view = view.withError("permissions", "Select what they may do");
      }
      return invitePage(allowed, view, model);
    }
    CarerInvitations.Request request =
        new CarerInvitations.Request(
            form.name().strip(), form.relationship().strip(), form.email().strip(), chosen);
    CarerInvitations.Issued issued = invitations.invite(allowed, request, form.idempotencyKey());
    String personName = people.person(allowed).fullName();
    boolean sent =
        issued.token() == null || mail.send(issued, personName, invitations.lifetime().toDays());
    redirect.addFlashAttribute(
        NOTICE,
        sent
            ? "We have emailed " + issued.name() + " an invitation"
            : "Your invitation is saved, but we could not email it. Ask your care team for help");
    return "redirect:" + base(personId) + "/helpers";
  }

  @PostMapping("/people/{personId}/helpers/{consentId}/withdraw")
  String processWithdraw(
      @PathVariable UUID personId,
      @PathVariable UUID consentId,
      Authentication viewer,
      RedirectAttributes redirect) {
    RecordAccess allowed =
        thePerson(personId, viewer, "carer.withdraw", Map.of("consent", consentId.toString()));
    String name = helpers.find(allowed, consentId).map(Helper::name).orElse(null);
    boolean withdrawn = helpers.withdraw(allowed, consentId);
    redirect.addFlashAttribute(
        NOTICE,
        withdrawn && name != null
            ? name + " can no longer see or do anything in your record"
            : "This was already withdrawn");
    return "redirect:" + base(personId) + "/helpers";
  }

  @PostMapping("/people/{personId}/helpers/invitations/{invitationId}/withdraw")
  String processWithdrawInvitation(
      @PathVariable UUID personId,
      @PathVariable UUID invitationId,
      Authentication viewer,
      RedirectAttributes redirect) {
    RecordAccess allowed =
        thePerson(
            personId, viewer, "carer.withdraw", Map.of("invitation", invitationId.toString()));
    boolean withdrawn = invitations.withdraw(allowed, invitationId);
    redirect.addFlashAttribute(
        NOTICE,
        withdrawn
            ? "Invitation withdrawn. Its link no longer works"
            : "This was already withdrawn");
    return "redirect:" + base(personId) + "/helpers";
  }

  private String invitePage(RecordAccess allowed, FormView form, Model model) {
    String base = base(allowed.person());
    model.addAttribute(
        "page",
        new CarerPages.InvitePage(
            headers.of(allowed, base + "/helpers"),
            form,
            Arrays.stream(HelperPermission.values())
                .map(p -> Choice.of(p.name(), p.label()))
                .toList(),
            base + "/helpers/invite",
            base + "/helpers"));
    return "care/carers/invite";
  }

  private RecordAccess thePerson(UUID person, Authentication viewer, String action) {
    return thePerson(person, viewer, action, Map.of());
  }

  private RecordAccess thePerson(
      UUID person, Authentication viewer, String action, Map<String, String> details) {
    RecordAccess allowed = access.require(person, viewer, action, details);
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("Only the person chooses who helps them");
    }
    return allowed;
  }

  static List<String> labels(Set<HelperPermission> permissions) {
    return permissions.stream().sorted().map(HelperPermission::label).toList();
  }

  private static Set<HelperPermission> permissions(List<String> chosen) {
    Set<HelperPermission> found = EnumSet.noneOf(HelperPermission.class);
    if (chosen != null) {
      for (String value : chosen) {
        try {
          found.add(HelperPermission.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          return EnumSet.noneOf(HelperPermission.class);
        }
      }
    }
    return found;
  }

  private static String base(UUID person) {
    return "/people/" + person;
  }
}
