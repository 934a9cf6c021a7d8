package care.tandem.identity.admin;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.PasswordPolicy;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin sets a temporary password for someone who has forgotten theirs. The person is signed out
 * everywhere and must choose their own password when they next sign in.
 */
@Controller
class PasswordResetController {

  private final Accounts accounts;
  private final PasswordPolicy policy;

  PasswordResetController(Accounts accounts, PasswordPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  @GetMapping("/admin/accounts/{accountId}/password")
  String startPasswordReset(@PathVariable UUID accountId, Model model) {
    Account account = accounts.find(accountId).orElseThrow(Admins::notFound);
    return page(model, account, FormView.of(new PasswordResetForm("")));
  }

  @PostMapping("/admin/accounts/{accountId}/password")
  String processPasswordReset(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      @Valid @ModelAttribute("form") PasswordResetForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Account account = accounts.find(accountId).orElseThrow(Admins::notFound);
    FormView view = FormView.of(result);
    if (!result.hasErrors()) {
      String problem = policy.problemWith(form.temporaryPassword(), account.email()).orElse(null);
      if (problem != null) {
        view = view.withError("temporaryPassword", problem);
      }
    }
    if (view.hasErrors()) {
      FormView blank = FormView.of(new PasswordResetForm(""));
      for (FormView.ErrorLink error : view.errorSummary()) {
        blank = blank.withError(error.href().substring(1), error.text());
      }
      return page(model, account, blank);
    }
    accounts.resetPassword(accountId, form.temporaryPassword(), Admins.actor(user));
    redirect.addFlashAttribute(
        Admins.NOTICE,
        "Password reset. They have been signed out and must choose a new password when they next"
            + " sign in");
    return "redirect:/admin/accounts/" + accountId;
  }

  private String page(Model model, Account account, FormView form) {
    String base = "/admin/accounts/" + account.id();
    model.addAttribute(
        "page",
        new AccountPages.PasswordResetPage(
            account.displayName(),
            account.email(),
            form,
            base + "/password",
            PasswordPolicy.HINT,
            base));
    return "identity/admin/password-reset";
  }
}
