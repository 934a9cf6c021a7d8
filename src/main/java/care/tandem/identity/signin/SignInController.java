package care.tandem.identity.signin;

import care.tandem.identity.external.ExternalSignInOptions;
import care.tandem.system.form.FormView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shows the sign-in page. The POST goes to Spring Security; a failure comes back here with the
 * problem in a flash attribute, shown with the shared error pattern. The messages never say whether
 * an account exists.
 */
@Controller
class SignInController {

  static final String NOT_RECOGNISED =
      "The email address or password is not right. Check them and try again";

  /** The wait shown when a throttled page is reloaded with nothing better to go on. */
  private static final long DEFAULT_WAIT_MINUTES = 1;

  private final UnlockMail unlockMail;
  private final ExternalSignInOptions external;

  SignInController(UnlockMail unlockMail, ExternalSignInOptions external) {
    this.unlockMail = unlockMail;
    this.external = external;
  }

  @GetMapping("/sign-in")
  String showSignIn(
      @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
      @RequestParam(name = "unlocked", required = false) @Nullable String unlocked,
      @RequestParam(name = "password-reset", required = false) @Nullable String passwordReset,
      @RequestParam(name = "two-factor-expired", required = false) @Nullable String expired,
      CsrfToken csrf,
      Model model) {
    Object email = model.getAttribute(SignInFailureHandler.EMAIL);
    Object problem = model.getAttribute(SignInFailureHandler.PROBLEM);
    FormView form = FormView.of(new SignInForm(email instanceof String text ? text : "", ""));
    Object wait = model.getAttribute(SignInFailureHandler.WAIT_MINUTES);
    long minutes = wait instanceof Long value ? value : DEFAULT_WAIT_MINUTES;
    if (problem instanceof SignInProblem kind) {
      form = withProblem(form, kind, minutes);
    }
    model.addAttribute(
        "page",
        new SignInPage(
            form,
            signedOut != null && problem == null,
            unlocked != null && problem == null,
            problem == SignInProblem.THROTTLED && unlockMail.on(),
            passwordReset != null && problem == null,
            expired != null && problem == null,
            csrf.getParameterName(),
            csrf.getToken(),
            external.nhsLogin(),
            external.cis2()));
    return "identity/sign-in";
  }

  private static FormView withProblem(FormView form, SignInProblem problem, long minutes) {
    return switch (problem) {
      case NOTHING_ENTERED ->
          form.withError("email", "Enter your email address")
              .withError("password", "Enter your password");
      case NO_EMAIL -> form.withError("email", "Enter your email address");
      case NO_PASSWORD -> form.withError("password", "Enter your password");
      case NOT_RECOGNISED -> form.withError("email", NOT_RECOGNISED);
      case THROTTLED ->
          form.withError(
              "email",
              "You have tried to sign in too many times. Wait "
                  + minutes
                  + (minutes == 1 ? " minute" : " minutes")
                  + ", then try again");
    };
  }
}
