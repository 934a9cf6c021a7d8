package care.tandem.identity.reset;

import care.tandem.identity.account.PasswordPolicy;
import care.tandem.identity.signin.ThrottlingAuthenticationProvider;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a reset link opens: choose a new password. Opening it changes nothing. When the new
 * password is set, every session of the account ends, this browser is signed out, and the person is
 * sent to sign in. A used, expired or made-up link gets a page that says so.
 */
@Controller
class NewPasswordController {

  static final String PATH = "/sign-in/reset-password";

  private final PasswordResetLinks links;
  private final PasswordResets resets;
  private final PasswordPolicy policy;
  private final ThrottlingAuthenticationProvider signIn;
  private final Clock clock = Clock.systemUTC();

  NewPasswordController(
      PasswordResetLinks links,
      PasswordResets resets,
      PasswordPolicy policy,
      ThrottlingAuthenticationProvider signIn) {
    this.links = links;
    this.resets = resets;
    this.policy = policy;
    this.signIn = signIn;
  }

  @GetMapping(PATH)
  String showNewPassword(
      @RequestParam(name = "token", required = false) @Nullable String token,
      CsrfToken csrf,
      Model model) {
    boolean usable = links.holder(token, clock).isPresent();
    return page(model, csrf, blank(usable ? token : ""), usable ? token : null);
  }

  @PostMapping(PATH)
  String processNewPassword(
      @Valid @ModelAttribute("form") NewPasswordForm form,
      BindingResult result,
      CsrfToken csrf,
      HttpServletRequest request,
      Model model) {
    String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    Optional<PasswordResetLinks.Holder> holder = links.holder(form.token(), clock);
    if (holder.isEmpty()) {
      resets.refused(address);
      return page(model, csrf, blank(""), null);
    }
    FormView view = FormView.of(result);
    if (!result.hasFieldErrors("newPassword")) {
      String problem = policy.problemWith(form.newPassword(), holder.get().email()).orElse(null);
      if (problem != null) {
        view = view.withError("newPassword", problem);
      } else if (!result.hasFieldErrors("confirmPassword")
          && !form.newPassword().equals(form.confirmPassword())) {
        view = view.withError("confirmPassword", "The passwords do not match. Enter them again");
      }
    }
    if (view.hasErrors()) {
      FormView again = blank(form.token());
      for (FormView.ErrorLink error : view.errorSummary()) {
        again = again.withError(error.href().substring(1), error.text());
      }
      return page(model, csrf, again, form.token());
    }
    if (resets.complete(form.token(), form.newPassword(), clock).isEmpty()) {
      resets.refused(address);
      return page(model, csrf, blank(""), null);
    }
    signIn.startAgain(holder.get().email(), address);
    // Signed out here too, whoever was signed in on this browser.
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/sign-in?password-reset";
  }

  private static FormView blank(@Nullable String token) {
    return FormView.of(new NewPasswordForm(token == null ? "" : token, "", ""));
  }

  private String page(Model model, CsrfToken csrf, FormView form, @Nullable String token) {
    model.addAttribute(
        "page",
        new NewPasswordPage(
            form,
            token,
            PasswordPolicy.HINT,
            links.lifetime().toMinutes(),
            csrf.getParameterName(),
            csrf.getToken()));
    return "identity/new-password";
  }
}
