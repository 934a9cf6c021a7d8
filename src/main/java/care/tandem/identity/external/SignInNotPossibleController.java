package care.tandem.identity.external;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a failed or refused NHS login or NHS CIS2 sign-in ends: what happened, in plain words, and
 * what to do. It reads only two fixed codes from the address, so it shows nothing anyone sent.
 */
@Controller
class SignInNotPossibleController {

  @GetMapping("/sign-in/not-possible")
  String showNotPossible(
      @RequestParam(name = "via", required = false) @Nullable String via,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      Model model) {
    Provider provider = Provider.byRegistrationId(via);
    model.addAttribute(
        "page",
        new SignInNotPossiblePage(
            provider == null ? "NHS login or NHS CIS2" : provider.label(),
            NotPossibleReason.bySlug(reason == null ? "" : reason).name()));
    return "identity/sign-in-not-possible";
  }
}
