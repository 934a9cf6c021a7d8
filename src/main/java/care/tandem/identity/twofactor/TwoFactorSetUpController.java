package care.tandem.identity.twofactor;

import care.tandem.identity.Actor;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.OwnPasswords;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up two-factor sign-in: a new key, kept in the session until the first right code from the
 * app turns it on, then the recovery codes, shown once. Turning it off needs the current password.
 * An admin who must use it is kept here after sign-in until it is on.
 */
@Controller
class TwoFactorSetUpController {

  static final String PATH = "/account/two-factor";
  private static final String PENDING_KEY = "tandem.two-factor.pending-key";
  private static final String NOTICE = "notice";

  private final TwoFactor twoFactor;
  private final Accounts accounts;
  private final OwnPasswords ownPasswords;
  private final Clock clock = Clock.systemUTC();
  private final HttpSessionSecurityContextRepository contexts =
      new HttpSessionSecurityContextRepository();

  TwoFactorSetUpController(TwoFactor twoFactor, Accounts accounts, OwnPasswords ownPasswords) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
    this.ownPasswords = ownPasswords;
  }

  @GetMapping(PATH)
  String showTwoFactor(
      @AuthenticationPrincipal TandemUser user, HttpServletRequest request, Model model) {
    Object notice = model.getAttribute(NOTICE);
    return page(model, user, request, form(""), notice instanceof String text ? text : null);
  }

  @PostMapping(PATH)
  String processSetUp(
      @AuthenticationPrincipal TandemUser user,
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (twoFactor.enabled(user.accountId())) {
      return "redirect:" + PATH;
    }
    HttpSession session = request.getSession();
    String key = pendingKey(session);
    if (code.isBlank()) {
      return page(
          model, user, request, form("Enter the 6-digit code from your authenticator app"), null);
    }
    Optional<List<String>> codes =
        twoFactor.enable(new Actor(user.accountId(), user.role().name()), key, code, clock);
    if (codes.isEmpty()) {
      return page(
          model,
          user,
          request,
          form(
              "The code is not right. Check the key in your app, then enter the code it shows now"),
          null);
    }
    session.removeAttribute(PENDING_KEY);
    releaseFromSetUp(user, request, response);
    model.addAttribute("codes", new RecoveryCodesPage(codes.get()));
    return "identity/two-factor-recovery-codes";
  }

  @PostMapping(PATH + "/off")
  String processTurnOff(
      @AuthenticationPrincipal TandemUser user,
      @RequestParam(defaultValue = "") String currentPassword,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = new Actor(user.accountId(), user.role().name());
    if (!twoFactor.enabled(user.accountId())) {
      return "redirect:" + PATH;
    }
    String problem = null;
    if (twoFactor.requiredFor(user.accountId(), user.role())) {
      problem =
          "Administrators must use two-factor sign-in. If you have a new phone, ask another"
              + " administrator to reset your two-factor sign-in";
    } else if (currentPassword.isEmpty()) {
      problem = "Enter your current password";
    } else if (!twoFactor.mayTryPassword(actor)) {
      problem =
          "You have entered a wrong password or code too many times. Wait "
              + twoFactor.waitMinutes()
              + " minutes, then try again";
    } else if (!ownPasswords.matches(user.accountId(), currentPassword)) {
      twoFactor.passwordWrong(actor);
      problem = "Your current password is not right. Enter it again";
    }
    if (problem != null) {
      FormView view = FormView.of(new TurnOffForm("")).withError("currentPassword", problem);
      return page(model, user, request, view, null);
    }
    twoFactor.turnOff(user.accountId(), actor);
    redirect.addFlashAttribute(NOTICE, "Two-factor sign-in is off");
    return "redirect:" + PATH;
  }

  /** The form on the page: the first code while off, the current password while on. */
  private static FormView form(String problem) {
    FormView view = FormView.of(new FirstCodeForm(""));
    return problem.isEmpty() ? view : view.withError("code", problem);
  }

  private String page(
      Model model,
      TandemUser user,
      HttpServletRequest request,
      FormView form,
      @org.jspecify.annotations.Nullable String notice) {
    boolean on = twoFactor.enabled(user.accountId());
    String key = on ? "" : pendingKey(request.getSession());
    String email = accounts.find(user.accountId()).orElseThrow().email();
    String label = URLEncoder.encode("Tandem:" + email, StandardCharsets.UTF_8).replace("+", "%20");
    String link =
        on
            ? ""
            : "otpauth://totp/"
                + label
                + "?secret="
                + key
                + "&issuer=Tandem&algorithm=SHA1&digits=6&period=30";
    FormView shown =
        on && !form.errorSummary().isEmpty() ? form : on ? FormView.of(new TurnOffForm("")) : form;
    model.addAttribute(
        "page",
        new TwoFactorPage(
            on,
            twoFactor.mustSetUp(user.accountId(), user.role()),
            groups(key),
            link,
            on ? twoFactor.recoveryCodesLeft(user.accountId()) : 0,
            shown,
            notice));
    return "identity/two-factor";
  }

  private static String pendingKey(HttpSession session) {
    if (session.getAttribute(PENDING_KEY) instanceof String key) {
      return key;
    }
    String key = TwoFactor.newSecret();
    session.setAttribute(PENDING_KEY, key);
    return key;
  }

  private static List<String> groups(String key) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < key.length(); i += 4) {
      groups.add(key.substring(i, Math.min(key.length(), i + 4)));
    }
    return groups;
  }

  /** An admin kept here until two-factor was on may now use every page. */
  private void releaseFromSetUp(
      TandemUser user, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (!user.twoFactorMustBeSetUp() || current == null) {
      return;
    }
    TandemUser released = user.withTwoFactorSetUp();
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            released, null, released.getAuthorities());
    authentication.setDetails(current.getDetails());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
