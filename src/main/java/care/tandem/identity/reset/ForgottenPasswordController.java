package care.tandem.identity.reset;

import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": asks for an email address and always answers the same way, whether or
 * not it has an account. The look-up and the e-mail happen off the request's thread ({@link
 * PasswordResetMail}), so the answer takes the same time too.
 */
@Controller
class ForgottenPasswordController {

  static final String PATH = "/sign-in/forgotten-password";
  private static final int MAXIMUM_EMAIL_LENGTH = 254;

  private final ResetRequests requests;
  private final PasswordResetMail mail;
  private final PasswordResetLinks links;
  private final Clock clock = Clock.systemUTC();

  ForgottenPasswordController(
      ResetRequests requests, PasswordResetMail mail, PasswordResetLinks links) {
    this.requests = requests;
    this.mail = mail;
    this.links = links;
  }

  @GetMapping(PATH)
  String showForgottenPassword(
      @RequestParam(name = "sent", required = false) @Nullable String sent,
      CsrfToken csrf,
      Model model) {
    return page(model, csrf, FormView.of(ForgottenPasswordForm.empty()), sent != null);
  }

  @PostMapping(PATH)
  String processForgottenPassword(
      @Valid @ModelAttribute("form") ForgottenPasswordForm form,
      BindingResult result,
      CsrfToken csrf,
      HttpServletRequest request,
      Model model) {
    FormView view = FormView.of(result);
    String email = form.email() == null ? "" : form.email().strip();
    if (!view.hasErrors()
        && (email.length() > MAXIMUM_EMAIL_LENGTH
            || !email.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+"))) {
      view =
          view.withError(
              "email", "Enter an email address in the correct format, like name@example.com");
    }
    if (!view.hasErrors()) {
      String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
      if (requests.allow(address, clock)) {
        mail.offer(email);
        return "redirect:" + PATH + "?sent";
      }
      view =
          view.withError(
              "email",
              "You have asked for too many links. Wait "
                  + requests.window().toMinutes()
                  + " minutes, then try again");
    }
    return page(model, csrf, view, false);
  }

  private String page(Model model, CsrfToken csrf, FormView form, boolean sent) {
    model.addAttribute(
        "page",
        new ForgottenPasswordPage(
            form, sent, links.lifetime().toMinutes(), csrf.getParameterName(), csrf.getToken()));
    return "identity/forgotten-password";
  }
}
