package care.tandem.identity.external;

import care.tandem.identity.Actor;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.organisation.Organisation;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pre-registering staff for NHS CIS2: an admin gives an account its CIS2 user id and an
 * organisation its ODS code. A CIS2 sign-in works only for an id and an organisation set here.
 */
@Controller
class Cis2AdminController {

  private static final String FORM = "form";

  private final Cis2Registrations registrations;
  private final Accounts accounts;
  private final Organisations organisations;

  Cis2AdminController(
      Cis2Registrations registrations, Accounts accounts, Organisations organisations) {
    this.registrations = registrations;
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @GetMapping("/admin/accounts/{accountId}/cis2")
  String startUserId(@PathVariable UUID accountId, Model model) {
    Account account = account(accountId);
    String current = registrations.userId(accountId).orElse("");
    return userIdPage(model, account, FormView.of(new Cis2IdForms.UserId(current)));
  }

  @PostMapping("/admin/accounts/{accountId}/cis2")
  String processUserId(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      @Valid @ModelAttribute(FORM) Cis2IdForms.UserId form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Account account = account(accountId);
    if (result.hasErrors()) {
      return userIdPage(model, account, FormView.of(result));
    }
    String value = cleaned(form.value(), false);
    if (!registrations.setUserId(accountId, value, actor(user))) {
      return userIdPage(
          model,
          account,
          FormView.of(form)
              .withError("value", "Another account already has this NHS CIS2 user ID"));
    }
    redirect.addFlashAttribute("notice", "NHS CIS2 user ID saved");
    return "redirect:/admin/accounts/" + accountId;
  }

  @GetMapping("/admin/organisations/{organisationId}/ods-code")
  String startOdsCode(@PathVariable UUID organisationId, Model model) {
    Organisation organisation = organisation(organisationId);
    String current = registrations.odsCode(organisationId).orElse("");
    return odsCodePage(model, organisation, FormView.of(new Cis2IdForms.OdsCode(current)));
  }

  @PostMapping("/admin/organisations/{organisationId}/ods-code")
  String processOdsCode(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID organisationId,
      @Valid @ModelAttribute(FORM) Cis2IdForms.OdsCode form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Organisation organisation = organisation(organisationId);
    if (result.hasErrors()) {
      return odsCodePage(model, organisation, FormView.of(result));
    }
    String value = cleaned(form.value(), true);
    if (!registrations.setOdsCode(organisationId, value, actor(user))) {
      return odsCodePage(
          model,
          organisation,
          FormView.of(form).withError("value", "Another organisation already has this ODS code"));
    }
    redirect.addFlashAttribute("notice", "ODS code saved");
    return "redirect:/admin/organisations/" + organisationId;
  }

  private String userIdPage(Model model, Account account, FormView form) {
    String base = "/admin/accounts/" + account.id();
    model.addAttribute(
        "page",
        new Cis2IdPage(
            account.displayName() + " (" + account.email() + ")",
            "NHS CIS2 user ID",
            "With their NHS CIS2 user ID, this person can sign in with their NHS smartcard or"
                + " authenticator, choosing a role at one of their organisations.",
            "NHS CIS2 user ID",
            "The 12-digit number in their NHS CIS2 profile. Leave it blank to stop them signing in"
                + " with NHS CIS2.",
            form,
            base + "/cis2",
            base));
    return "identity/admin/cis2-id";
  }

  private String odsCodePage(Model model, Organisation organisation, FormView form) {
    String base = "/admin/organisations/" + organisation.id();
    model.addAttribute(
        "page",
        new Cis2IdPage(
            organisation.name(),
            "ODS code",
            "Staff signing in with NHS CIS2 choose a role at an organisation. Tandem knows the"
                + " organisation by its code in the NHS Organisation Data Service (ODS).",
            "ODS code",
            "For example, RJE or M85001. Leave it blank if staff here do not use NHS CIS2.",
            form,
            base + "/ods-code",
            base));
    return "identity/admin/cis2-id";
  }

  private Account account(UUID id) {
    return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Organisation organisation(UUID id) {
    return organisations
        .find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static @Nullable String cleaned(@Nullable String value, boolean upperCase) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      return null;
    }
    return upperCase ? text.toUpperCase(Locale.ROOT) : text;
  }

  private static Actor actor(TandemUser user) {
    return new Actor(user.accountId(), user.role().name());
  }
}
