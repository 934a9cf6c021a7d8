package care.tandem.identity.account;

import care.tandem.system.SignedInUser;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lets anyone signed in change their own password. Their other sessions end when they do. */
@Controller
class PasswordChangeController {

  private static final String NOTICE = "notice";

  private final Accounts accounts;
  private final PasswordPolicy policy;

  PasswordChangeController(Accounts accounts, PasswordPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  @GetMapping("/account/password")
  String showPasswordChange(@AuthenticationPrincipal SignedInUser user, Model model) {
    Object notice = model.getAttribute(NOTICE);
    return page(
        model,
        user,
        FormView.of(PasswordChangeForm.empty()),
        notice instanceof String text ? text : null);
  }

  @PostMapping("/account/password")
  String processPasswordChange(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("form") PasswordChangeForm form,
      BindingResult result,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Account account = accounts.find(user.accountId()).orElseThrow();
    FormView view = FormView.of(result);
    if (!result.hasFieldErrors("newPassword")) {
      String problem = policy.problemWith(form.newPassword(), account.email()).orElse(null);
      if (problem != null) {
        view = view.withError("newPassword", problem);
      } else if (!result.hasFieldErrors("confirmPassword")
          && !form.newPassword().equals(form.confirmPassword())) {
        view =
            view.withError("confirmPassword", "The new passwords do not match. Enter them again");
      }
    }
    if (!view.hasErrors()
        && !accounts.changeOwnPassword(
            user.accountId(), form.currentPassword(), form.newPassword(), session.getId())) {
      view =
          view.withError("currentPassword", "Your current password is not right. Enter it again");
    }
    if (view.hasErrors()) {
      return page(model, user, blankPasswords(view), null);
    }
    redirect.addFlashAttribute(NOTICE, "Your password has been changed");
    return "redirect:/account/password";
  }

  private String page(Model model, SignedInUser user, FormView form, @Nullable String notice) {
    boolean mustChange =
        accounts.find(user.accountId()).map(Account::passwordMustChange).orElse(false);
    model.addAttribute(
        "page", new PasswordChangePage(form, mustChange, PasswordPolicy.HINT, notice));
    return "identity/password-change";
  }

  /** Passwords typed are never sent back to the browser, only the errors about them. */
  private static FormView blankPasswords(FormView view) {
    FormView blank = FormView.of(PasswordChangeForm.empty());
    for (FormView.ErrorLink error : view.errorSummary()) {
      blank = blank.withError(error.href().substring(1), error.text());
    }
    return blank;
  }
}
