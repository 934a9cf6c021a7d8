package care.tandem.care.carers;

import care.tandem.care.Helper;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.identity.HelperAccounts;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a person's e-mailed invitation opens for their helper: make an account (or, signed in as
 * a carer already, accept). Opening it changes nothing. A used, withdrawn, expired or made-up link
 * gets a page that says so; nothing is granted and the attempt is audited.
 */
@Controller
class CarerInvitationController {

  static final String PATH = "/carer-invitation";

  private final CarerInvitations invitations;
  private final HelperAccounts accounts;
  private final People people;

  CarerInvitationController(CarerInvitations invitations, HelperAccounts accounts, People people) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.people = people;
  }

  @GetMapping(PATH)
  String showInvitation(
      @RequestParam(name = "token", required = false) @Nullable String token,
      @RequestParam(name = "ready", required = false) @Nullable String ready,
      @Nullable Authentication viewer,
      CsrfToken csrf,
      HttpServletRequest request,
      Model model) {
    if (ready != null && token == null) {
      model.addAttribute(
          "page",
          new CarerPages.InvitationPage(
              false, true, null, "", "", List.of(), null, false, false, "", 0, "_csrf", ""));
      return "care/carers/invitation";
    }
    Optional<CarerInvitations.Invitation> invitation = invitations.usable(token);
    if (invitation.isEmpty()) {
      return refused(token, request, model);
    }
    return page(model, csrf, token, invitation.get(), viewer, formFor(token, invitation.get()));
  }

  @PostMapping(PATH)
  String processAccount(
      @Valid @ModelAttribute("form") HelperAccountForm form,
      BindingResult result,
      @Nullable Authentication viewer,
      CsrfToken csrf,
      HttpServletRequest request,
      Model model) {
    Optional<CarerInvitations.Invitation> invitation = invitations.usable(form.token());
    if (invitation.isEmpty()) {
      return refused(form.token(), request, model);
    }
    CarerInvitations.Invitation found = invitation.get();
    if (signedIn(viewer)) {
      return page(model, csrf, form.token(), found, viewer, null);
    }
    String password = form.password() == null ? "" : form.password();
    FormView view = FormView.of(result);
    Optional<String> problem = accounts.passwordProblem(password, found.email());
    if (problem.isPresent()) {
      view = view.withError("password", problem.get());
    }
    if (view.hasErrors()) {
      return page(model, csrf, form.token(), found, viewer, view);
    }
    Optional<UUID> account = accounts.create(found.email(), form.displayName().strip(), password);
    if (account.isEmpty()) {
      return page(
          model,
          csrf,
          form.token(),
          found,
          viewer,
          view.withError(
              "displayName",
              "This email address already has an account. Sign in, then open the link again"));
    }
    if (invitations.accept(form.token(), account.get()).isEmpty()) {
      return refused(form.token(), request, model);
    }
    return "redirect:" + PATH + "?ready";
  }

  @PostMapping(PATH + "/accept")
  String processAccept(
      @RequestParam(name = "token", required = false) @Nullable String token,
      Authentication viewer,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (!isCarer(viewer) || invitations.usable(token).isEmpty()) {
      return refused(token, request, model);
    }
    Optional<Helper> accepted = invitations.accept(token, UUID.fromString(viewer.getName()));
    if (accepted.isEmpty()) {
      return refused(token, request, model);
    }
    redirect.addFlashAttribute("notice", "You can now help " + nameOf(accepted.get().person()));
    return "redirect:" + HelpingController.PATH;
  }

  private String refused(@Nullable String token, HttpServletRequest request, Model model) {
    String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    invitations.refuse(token, address);
    model.addAttribute(
        "page",
        new CarerPages.InvitationPage(
            false,
            false,
            null,
            "",
            "",
            List.of(),
            null,
            false,
            false,
            "",
            invitations.lifetime().toDays(),
            "_csrf",
            ""));
    return "care/carers/invitation";
  }

  private String page(
      Model model,
      CsrfToken csrf,
      @Nullable String token,
      CarerInvitations.Invitation invitation,
      @Nullable Authentication viewer,
      @Nullable FormView form) {
    boolean carer = isCarer(viewer);
    boolean other = signedIn(viewer) && !carer;
    model.addAttribute(
        "page",
        new CarerPages.InvitationPage(
            true,
            false,
            token,
            nameOf(invitation.person()),
            invitation.email(),
            HelpersController.labels(invitation.permissions()),
            signedIn(viewer) ? null : form,
            carer,
            other,
            HelperAccounts.PASSWORD_HINT,
            invitations.lifetime().toDays(),
            csrf.getParameterName(),
            csrf.getToken()));
    return "care/carers/invitation";
  }

  private String nameOf(UUID person) {
    return people.findAll(List.of(person)).values().stream()
        .findFirst()
        .map(Person::fullName)
        .orElse("Someone");
  }

  private static FormView formFor(@Nullable String token, CarerInvitations.Invitation invitation) {
    return FormView.of(new HelperAccountForm(token, invitation.name(), ""));
  }

  private static boolean signedIn(@Nullable Authentication viewer) {
    return viewer != null
        && viewer.isAuthenticated()
        && !(viewer instanceof AnonymousAuthenticationToken);
  }

  private static boolean isCarer(@Nullable Authentication viewer) {
    return signedIn(viewer)
        && viewer.getAuthorities().stream().anyMatch(a -> "ROLE_CARER".equals(a.getAuthority()));
  }
}
