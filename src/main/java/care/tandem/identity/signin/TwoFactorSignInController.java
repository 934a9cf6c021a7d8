package care.tandem.identity.signin;

import care.tandem.identity.Actor;
import care.tandem.identity.twofactor.CodeCheck;
import care.tandem.identity.twofactor.TwoFactor;
import care.tandem.system.form.FormView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in to an account with two-factor sign-in: the code from the app, or a
 * recovery code. Only a right code signs the person in (with a new session id); wrong codes are
 * throttled and audited by {@link TwoFactor}. Without a sign-in waiting, it sends them to sign in.
 */
@Controller
class TwoFactorSignInController {

  static final String PATH = "/sign-in/two-factor";

  private final TwoFactor twoFactor;
  private final SignInSuccessHandler signedIn;
  private final Clock clock = Clock.systemUTC();

  TwoFactorSignInController(TwoFactor twoFactor, SignInSuccessHandler signedIn) {
    this.twoFactor = twoFactor;
    this.signedIn = signedIn;
  }

  @GetMapping(PATH)
  String showCode(HttpServletRequest request, CsrfToken csrf, Model model) {
    if (PendingSignIn.in(request).isEmpty()) {
      return restart(request);
    }
    return page(model, csrf, FormView.of(TwoFactorCodeForm.empty()));
  }

  @PostMapping(PATH)
  @Nullable String processCode(
      @Valid @ModelAttribute("form") TwoFactorCodeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model)
      throws ServletException, IOException {
    Optional<PendingSignIn> pending = PendingSignIn.in(request);
    if (pending.isEmpty()) {
      return restart(request);
    }
    FormView view = FormView.of(TwoFactorCodeForm.empty());
    if (result.hasErrors()) {
      return page(model, csrf, FormView.of(result));
    }
    TandemUser user = (TandemUser) pending.get().authentication().getPrincipal();
    Actor actor = new Actor(user.accountId(), user.role().name());
    CodeCheck check = twoFactor.check(actor, form.code(), clock);
    switch (check) {
      case RIGHT -> {
        PendingSignIn.forget(request);
        request.changeSessionId();
        signedIn.complete(request, response, pending.get().authentication());
        return null;
      }
      case WRONG ->
          view =
              view.withError(
                  "code",
                  "The code is not right. Enter the code your app shows now, or a recovery code");
      case ALREADY_USED ->
          view =
              view.withError(
                  "code",
                  "This code has been used already. Wait for your app to show a new code, then"
                      + " enter it");
      case TOO_MANY_TRIES ->
          view =
              view.withError(
                  "code",
                  "You have entered a wrong code too many times. Wait "
                      + twoFactor.waitMinutes()
                      + " minutes, then try again");
    }
    return page(model, csrf, view);
  }

  private static String restart(HttpServletRequest request) {
    // Timed out or never started, the page says to sign in again.
    PendingSignIn.forget(request);
    return "redirect:/sign-in?two-factor-expired";
  }

  private String page(Model model, CsrfToken csrf, FormView form) {
    model.addAttribute(
        "page", new TwoFactorSignInPage(form, csrf.getParameterName(), csrf.getToken()));
    return "identity/two-factor-sign-in";
  }
}
