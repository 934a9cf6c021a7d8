package care.tandem.identity.admin;

import care.tandem.identity.Created;
import care.tandem.identity.StaleEditException;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountChangeRefusedException;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.EmailTakenException;
import care.tandem.identity.account.PasswordPolicy;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages to create an account and to change its name, role and memberships. */
@Controller
class AccountFormController {

  private final Accounts accounts;
  private final Memberships memberships;
  private final PasswordPolicy policy;

  AccountFormController(Accounts accounts, Memberships memberships, PasswordPolicy policy) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.policy = policy;
  }

  @GetMapping("/admin/accounts/new")
  String startAccount(Model model) {
    NewAccountForm form =
        new NewAccountForm("", "", null, List.of(), List.of(), "", UUID.randomUUID().toString());
    return formPage(model, null, FormView.of(form), List.of());
  }

  @PostMapping("/admin/accounts/new")
  String processNewAccount(
      @AuthenticationPrincipal TandemUser user,
      @Valid @ModelAttribute("form") NewAccountForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = HiddenFields.idempotencyKey(form.idempotencyKey());
    AccountDetails details =
        result.hasFieldErrors("displayName") || result.hasFieldErrors("role")
            ? null
            : details(form.displayName(), form.role(), form.organisations(), form.services());
    FormView view = FormView.of(result);
    if (!result.hasFieldErrors("temporaryPassword")) {
      String email = view.field("email").hasError() ? "" : form.email();
      String problem = policy.problemWith(form.temporaryPassword(), email).orElse(null);
      if (problem != null) {
        view = view.withError("temporaryPassword", problem);
      }
    }
    if (view.hasErrors() || details == null) {
      return formPage(model, null, withoutPassword(view, form), List.of());
    }
    try {
      Created created =
          accounts.create(form.email(), details, form.temporaryPassword(), key, Admins.actor(user));
      redirect.addFlashAttribute(
          Admins.NOTICE,
          "Account created. Give them their temporary password in person or by phone");
      return "redirect:/admin/accounts/" + created.id();
    } catch (EmailTakenException e) {
      view = view.withError("email", "An account with this email address already exists");
      return formPage(model, null, withoutPassword(view, form), List.of());
    }
  }

  @GetMapping("/admin/accounts/{accountId}/edit")
  String startAccountChange(@PathVariable UUID accountId, Model model) {
    Account account = accounts.find(accountId).orElseThrow(Admins::notFound);
    return formPage(model, account, FormView.of(formFrom(account)), List.of());
  }

  @PostMapping("/admin/accounts/{accountId}/edit")
  String processAccountChange(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      @Valid @ModelAttribute("form") AccountDetailsForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = accounts.find(accountId).orElseThrow(Admins::notFound);
    int version = HiddenFields.version(form.version());
    if (result.hasErrors()) {
      return formPage(model, account, FormView.of(result), List.of());
    }
    AccountDetails details =
        details(form.displayName(), form.role(), form.organisations(), form.services());
    try {
      accounts.changeDetails(accountId, version, details, Admins.actor(user));
    } catch (StaleEditException e) {
      Account saved = accounts.find(accountId).orElseThrow(Admins::notFound);
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return formPage(
          model,
          saved,
          FormView.of(formFrom(saved)),
          List.of(
              "Full name: " + details.displayName(),
              "Role: " + RoleChoices.label(details.role(), details.discipline())));
    } catch (AccountChangeRefusedException e) {
      return formPage(
          model, account, FormView.of(result).withError("role", e.getMessage()), List.of());
    }
    redirect.addFlashAttribute(Admins.NOTICE, "Account changed");
    return "redirect:/admin/accounts/" + accountId;
  }

  private AccountDetails details(
      String name,
      String role,
      @Nullable List<String> organisations,
      @Nullable List<String> services) {
    return new AccountDetails(
        name.strip(),
        RoleChoices.role(role),
        RoleChoices.discipline(role),
        memberships.organisationIds(organisations),
        memberships.serviceIds(services));
  }

  private static AccountDetailsForm formFrom(Account account) {
    return new AccountDetailsForm(
        account.displayName(),
        RoleChoices.valueOf(account.role(), account.discipline()),
        account.organisationIds().stream().map(UUID::toString).toList(),
        account.serviceIds().stream().map(UUID::toString).toList(),
        String.valueOf(account.version()));
  }

  /** The temporary password is never sent back to the browser, only the error about it. */
  private static FormView withoutPassword(FormView view, NewAccountForm form) {
    NewAccountForm blank =
        new NewAccountForm(
            form.email(),
            form.displayName(),
            form.role(),
            form.organisations(),
            form.services(),
            "",
            form.idempotencyKey());
    FormView cleared = FormView.of(blank);
    for (FormView.ErrorLink error : view.errorSummary()) {
      cleared = cleared.withError(error.href().substring(1), error.text());
    }
    return cleared;
  }

  private String formPage(
      Model model, @Nullable Account account, FormView form, List<String> unsavedChanges) {
    boolean creating = account == null;
    model.addAttribute(
        "page",
        new AccountPages.FormPage(
            creating ? "Create an account" : "Change account details",
            creating ? "Accounts" : account.email(),
            creating ? "/admin/accounts/new" : "/admin/accounts/" + account.id() + "/edit",
            creating ? "Create account" : "Save changes",
            creating,
            form,
            RoleChoices.all(),
            memberships.organisationChoices(),
            memberships.serviceChoices(),
            PasswordPolicy.HINT,
            creating ? "/admin/accounts" : "/admin/accounts/" + account.id(),
            unsavedChanges));
    return "identity/admin/account-form";
  }
}
