package care.tandem.identity.twofactor;

import care.tandem.identity.Actor;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.TandemUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin resets someone's two-factor sign-in (they lost their phone and their recovery codes): it
 * is off until they set it up again, which an admin must do at their next sign-in. Audited.
 */
@Controller
class TwoFactorResetController {

  private final TwoFactor twoFactor;
  private final Accounts accounts;

  TwoFactorResetController(TwoFactor twoFactor, Accounts accounts) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
  }

  @PostMapping("/admin/accounts/{accountId}/two-factor/reset")
  String processReset(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID accountId,
      RedirectAttributes redirect) {
    accounts.find(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (twoFactor.enabled(accountId)) {
      twoFactor.turnOff(accountId, new Actor(user.accountId(), user.role().name()));
    }
    redirect.addFlashAttribute(
        "notice", "Two-factor sign-in reset. They can set it up again after they sign in");
    return "redirect:/admin/accounts/" + accountId;
  }
}
