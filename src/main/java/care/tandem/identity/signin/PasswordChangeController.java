package care.tandem.identity.signin;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.PasswordPolicy;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets anyone signed in change their own password. Their other sessions end when they do. Someone
 * signed in with a temporary password is kept on this page until they have changed it.
 */
@Controller
class PasswordChangeController {

  private static final String NOTICE = "notice";

  private final Accounts accounts;
  private final PasswordPolicy policy;
  private final OwnPasswordChange passwordChange;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  PasswordChangeController(
      Accounts accounts, PasswordPolicy policy, OwnPasswordChange passwordChange) {
    this.accounts = accounts;
    this.policy = policy;
    this.passwordChange = passwordChange;
  }

  @GetMapping("/account/password")
  String showPasswordChange(@AuthenticationPrincipal TandemUser user, Model model) {
    Object notice = model.getAttribute(NOTICE);
    return page(
        model,
        user,
        FormView.of(PasswordChangeForm.empty()),
        notice instanceof String text ? text : null);
  }

  @PostMapping("/account/password")
  String processPasswordChange(
      @AuthenticationPrincipal TandemUser user,
      @Valid @ModelAttribute("form") PasswordChangeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
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
    if (!view.hasErrors()) {
      String session = request.getSession().getId();
      switch (passwordChange.change(user, form.currentPassword(), form.newPassword(), session)) {
        case CHANGED -> releaseFromTemporaryPassword(user, request, response);
        case NOT_RIGHT ->
            view =
                view.withError(
                    "currentPassword", "Your current password is not right. Enter it again");
        case TOO_MANY_TRIES ->
            view =
                view.withError(
                    "currentPassword",
                    "You have entered a wrong current password too many times. Wait "
                        + passwordChange.window().toMinutes()
                        + " minutes, then try again");
      }
    }
    if (view.hasErrors()) {
      return page(model, user, blankPasswords(view), null);
    }
    redirect.addFlashAttribute(NOTICE, "Your password has been changed");
    return "redirect:/account/password";
  }

  /** The session's principal no longer carries the temporary password, so every page opens. */
  private void releaseFromTemporaryPassword(
      TandemUser user, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = holder.getContext().getAuthentication();
    if (!user.passwordMustChange() || current == null) {
      return;
    }
    TandemUser released = user.withPasswordChanged();
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            released, null, released.getAuthorities());
    authentication.setDetails(current.getDetails());
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(authentication);
    holder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  private String page(Model model, TandemUser user, FormView form, @Nullable String notice) {
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
