package care.tandem.care.joining;

import care.tandem.identity.PersonAccounts;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Joining, before the person is signed in: open the invitation (from the e-mailed link or the code
 * in a letter), then make an account or use NHS login. The invitation waits in a signed cookie
 * ({@link JoinCookie}), and the link's code leaves the address bar at once.
 */
@Controller
class JoinController {

  static final String NHS_LOGIN = "nhs-login";

  private final Joining joining;
  private final JoinCookie cookie;
  private final PersonAccounts accounts;
  private final ObjectProvider<ClientRegistrationRepository> registrations;

  JoinController(
      Joining joining,
      JoinCookie cookie,
      PersonAccounts accounts,
      ObjectProvider<ClientRegistrationRepository> registrations) {
    this.joining = joining;
    this.cookie = cookie;
    this.accounts = accounts;
    this.registrations = registrations;
  }

  @GetMapping("/join")
  String showJoin(
      @RequestParam(name = "code", required = false) @Nullable String code,
      @Nullable Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model) {
    if (code != null) {
      return open(code, viewer, request, response, model);
    }
    if (signedIn(viewer)) {
      return "redirect:/join/confirm";
    }
    Optional<UUID> invitation = cookie.read(request);
    Optional<Joining.Problem> problem = invitation.flatMap(joining::invitationProblem);
    if (invitation.isEmpty() || problem.isPresent()) {
      return codePage(FormView.of(new Forms.CodeForm(null)), csrf, model);
    }
    return startPage(
        FormView.of(new Forms.AccountForm(null, null, null, UUID.randomUUID().toString())),
        csrf,
        model);
  }

  @PostMapping("/join")
  String processCode(
      @Valid @ModelAttribute("form") Forms.CodeForm form,
      BindingResult result,
      @Nullable Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model) {
    if (result.hasErrors()) {
      return codePage(FormView.of(result), csrf, model);
    }
    Joining.Outcome outcome = joining.open(form.code(), address(request), accountOf(viewer));
    if (outcome.problem() == Joining.Problem.UNKNOWN) {
      return codePage(
          FormView.of(result)
              .withError("code", "This code is not right. Check it and type it again"),
          csrf,
          model);
    }
    if (!outcome.ok()) {
      return JoinProblems.show(outcome.problem(), model, response);
    }
    cookie.set(outcome.id(), request, response);
    return signedIn(viewer) ? "redirect:/join/confirm" : "redirect:/join";
  }

  @PostMapping("/join/account")
  String processAccount(
      @Valid @ModelAttribute("form") Forms.AccountForm form,
      BindingResult result,
      @Nullable Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model) {
    if (signedIn(viewer)) {
      return "redirect:/join/confirm";
    }
    Optional<UUID> invitation = cookie.read(request);
    Optional<Joining.Problem> problem =
        invitation.isEmpty()
            ? Optional.of(Joining.Problem.UNKNOWN)
            : joining.invitationProblem(invitation.get());
    if (problem.isPresent()) {
      return JoinProblems.show(problem.get(), model, response);
    }
    FormView view = FormView.of(result);
    String password = form.password() == null ? "" : form.password();
    if (!view.field("email").hasError() && form.email() != null) {
      Optional<String> weak = accounts.passwordProblem(password, form.email());
      if (weak.isPresent()) {
        view = view.withError("password", weak.get());
      }
    }
    if (view.hasErrors()) {
      return startPage(view, csrf, model);
    }
    try {
      accounts.createAndSignIn(
          form.email(),
          form.name().strip(),
          password,
          key(form.idempotencyKey()),
          request,
          response);
    } catch (PersonAccounts.Refused refused) {
      return startPage(view.withError(refused.field(), refused.getMessage()), csrf, model);
    }
    return "redirect:/join/confirm";
  }

  private String open(
      String code,
      @Nullable Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Joining.Outcome outcome = joining.open(code, address(request), accountOf(viewer));
    if (!outcome.ok()) {
      return JoinProblems.show(outcome.problem(), model, response);
    }
    cookie.set(outcome.id(), request, response);
    // The code leaves the address bar (and the browser's history) at once.
    return signedIn(viewer) ? "redirect:/join/confirm" : "redirect:/join";
  }

  private String codePage(FormView form, CsrfToken csrf, Model model) {
    model.addAttribute(
        "page", new JoiningPages.CodePage(form, "/join", csrf.getParameterName(), csrf.getToken()));
    return "care/joining/code";
  }

  private String startPage(FormView form, CsrfToken csrf, Model model) {
    model.addAttribute(
        "page",
        new JoiningPages.StartPage(
            form,
            nhsLoginOn(),
            "/oauth2/authorization/" + NHS_LOGIN,
            csrf.getParameterName(),
            csrf.getToken()));
    return "care/joining/start";
  }

  /** NHS login is offered only when it has been configured. */
  private boolean nhsLoginOn() {
    ClientRegistrationRepository repository = registrations.getIfAvailable();
    return repository != null && repository.findByRegistrationId(NHS_LOGIN) != null;
  }

  static boolean signedIn(@Nullable Authentication viewer) {
    return viewer != null && viewer.isAuthenticated() && accountOf(viewer) != null;
  }

  static @Nullable UUID accountOf(@Nullable Authentication viewer) {
    if (viewer == null) {
      return null;
    }
    try {
      return UUID.fromString(viewer.getName());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String address(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return address == null ? "unknown" : address;
  }

  private static UUID key(@Nullable String typed) {
    try {
      return typed == null ? UUID.randomUUID() : UUID.fromString(typed);
    } catch (IllegalArgumentException e) {
      return UUID.randomUUID();
    }
  }
}
