package care.tandem.identity.signin;

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

  private final SignInAttempts attempts;

  SignInController(SignInAttempts attempts) {
    this.attempts = attempts;
  }

  @GetMapping("/sign-in")
  String showSignIn(
      @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
      CsrfToken csrf,
      Model model) {
    Object email = model.getAttribute(SignInFailureHandler.EMAIL);
    Object problem = model.getAttribute(SignInFailureHandler.PROBLEM);
    FormView form = FormView.of(new SignInForm(email instanceof String text ? text : "", ""));
    if (problem instanceof SignInProblem kind) {
      form = withProblem(form, kind);
    }
    model.addAttribute(
        "page",
        new SignInPage(
            form, signedOut != null && problem == null, csrf.getParameterName(), csrf.getToken()));
    return "identity/sign-in";
  }

  private FormView withProblem(FormView form, SignInProblem problem) {
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
                  + attempts.window().toMinutes()
                  + " minutes, then try again");
    };
  }
}
