package care.tandem.identity.admin;

import care.tandem.identity.StaleEditException;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountChangeRefusedException;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.organisation.CareService;
import care.tandem.identity.organisation.CareServices;
import care.tandem.identity.organisation.Organisation;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.TandemUser;
import care.tandem.identity.twofactor.TwoFactor;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages to find accounts, see one, and deactivate or reactivate it. */
@Controller
class AccountAdminController {

  static final int MAXIMUM_SEARCH_LENGTH = 100;
  private static final String STALE =
      "Someone else changed this account while you were looking at it. Check the details below,"
          + " then try again";

  private final Accounts accounts;
  private final Organisations organisations;
  private final CareServices services;
  private final TwoFactor twoFactor;

  AccountAdminController(
      Accounts accounts, Organisations organisations, CareServices services, TwoFactor twoFactor) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.services = services;
    this.twoFactor = twoFactor;
  }

  @GetMapping("/admin/accounts")
  String showAccounts(@RequestParam(defaultValue = "") String search, Model model) {
    String text =
        search.length() > MAXIMUM_SEARCH_LENGTH
            ? search.substring(0, MAXIMUM_SEARCH_LENGTH)
            : search;
    List<Account> found = accounts.search(text);
    List<AccountPages.Row> rows =
        found.stream()
            .map(
                a ->
                    new AccountPages.Row(
                        a.displayName(),
                        a.email(),
                        RoleChoices.label(a.role(), a.discipline()),
                        a.active(),
                        "/admin/accounts/" + a.id()))
            .toList();
    model.addAttribute(
        "page",
        new AccountPages.ListPage(
            text,
            rows,
            found.size() >= Accounts.SEARCH_LIMIT,
            OrganisationAdminController.notice(model)));
    return "identity/admin/accounts";
  }

  @GetMapping("/admin/accounts/{accountId}")
  String showAccount(@PathVariable UUID accountId, Model model) {
    Account account = accounts.find(accountId).orElseThrow(Admins::notFound);
    return detailPage(model, account, OrganisationAdminController.notice(model), null);
  }

  @PostMapping("/admin/accounts/{accountId}/deactivate")
  String processDeactivation(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      @RequestParam(required = false) @Nullable String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return changeStatus(user, accountId, version, false, model, response, redirect);
  }

  @PostMapping("/admin/accounts/{accountId}/reactivate")
  String processReactivation(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      @RequestParam(required = false) @Nullable String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return changeStatus(user, accountId, version, true, model, response, redirect);
  }

  private static List<String> noneIfEmpty(List<String> names) {
    return names.isEmpty() ? List.of("None") : names;
  }

  private static String status(Account account) {
    if (!account.active()) {
      return "Deactivated. They cannot sign in";
    }
    return account.passwordMustChange()
        ? "Active. Must choose a new password at next sign-in"
        : "Active";
  }

  private String changeStatus(
      TandemUser user,
      UUID accountId,
      @Nullable String version,
      boolean active,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    accounts.find(accountId).orElseThrow(Admins::notFound);
    int startedFrom = HiddenFields.version(version);
    try {
      if (active) {
        accounts.reactivate(accountId, startedFrom, Admins.actor(user));
      } else {
        accounts.deactivate(accountId, startedFrom, Admins.actor(user));
      }
    } catch (StaleEditException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return detailPage(model, accounts.find(accountId).orElseThrow(), null, STALE);
    } catch (AccountChangeRefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return detailPage(model, accounts.find(accountId).orElseThrow(), null, e.getMessage());
    }
    redirect.addFlashAttribute(
        Admins.NOTICE,
        active ? "Account reactivated" : "Account deactivated. They can no longer sign in");
    return "redirect:/admin/accounts/" + accountId;
  }

  private String detailPage(
      Model model, Account account, @Nullable String notice, @Nullable String problem) {
    String base = "/admin/accounts/" + account.id();
    List<String> organisationNames =
        organisations.all().stream()
            .filter(o -> account.organisationIds().contains(o.id()))
            .map(Organisation::name)
            .toList();
    List<String> serviceNames =
        services.all().stream()
            .filter(s -> account.serviceIds().contains(s.id()))
            .map(CareService::name)
            .toList();
    String change = base + "/edit";
    boolean twoFactorOn = twoFactor.enabled(account.id());
    List<SummaryListRow> details =
        List.of(
            SummaryListRow.of("Full name", account.displayName())
                .withAction("Change", change, "full name"),
            SummaryListRow.of("Email address", account.email()),
            SummaryListRow.of("Role", RoleChoices.label(account.role(), account.discipline()))
                .withAction("Change", change, "role"),
            SummaryListRow.of("Organisations", noneIfEmpty(organisationNames))
                .withAction("Change", change, "organisations"),
            SummaryListRow.of("Services", noneIfEmpty(serviceNames))
                .withAction("Change", change, "services"),
            SummaryListRow.of("Status", status(account)),
            SummaryListRow.of("Two-factor sign-in", twoFactorOn ? "On" : "Off"));
    model.addAttribute(
        "page",
        new AccountPages.DetailPage(
            account.displayName(),
            details,
            account.active(),
            base + "/password",
            base + (account.active() ? "/deactivate" : "/reactivate"),
            account.version(),
            twoFactorOn ? base + "/two-factor/reset" : null,
            notice,
            problem == null
                ? List.of()
                : List.of(new FormView.ErrorLink(problem, "#" + AccountPages.STATUS_BUTTON))));
    return "identity/admin/account";
  }
}
