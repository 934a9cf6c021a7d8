package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an emailed unlock link opens ({@link UnlockLinks}). Opening it changes nothing: it shows
 * a button, and only pressing it unlocks, so a mail scanner that follows the link unlocks nothing.
 * A link that is used, too old or not one of ours gets a page that says so and what to do.
 */
@Controller
class UnlockController {

  private final UnlockLinks links;
  private final SignInAttempts attempts;
  private final KnownDevices devices;
  private final Clock clock = Clock.systemUTC();

  UnlockController(UnlockLinks links, SignInAttempts attempts, KnownDevices devices) {
    this.links = links;
    this.attempts = attempts;
    this.devices = devices;
  }

  @GetMapping("/sign-in/unlock")
  String showUnlock(
      @RequestParam(name = "token", required = false) @Nullable String token,
      CsrfToken csrf,
      Model model) {
    boolean usable = links.usable(token, clock);
    return page(model, csrf, usable ? token : null);
  }

  @PostMapping("/sign-in/unlock")
  String processUnlock(
      @RequestParam(name = "token", required = false) @Nullable String token,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    var unlocked = links.use(token, address, clock);
    if (unlocked.isEmpty()) {
      return page(model, csrf, null);
    }
    attempts.unlocked(unlocked.get().email(), address);
    devices.remember(unlocked.get().account(), request, response);
    return "redirect:/sign-in?unlocked";
  }

  private String page(Model model, CsrfToken csrf, @Nullable String token) {
    model.addAttribute(
        "page",
        new UnlockPage(
            token, links.lifetime().toMinutes(), csrf.getParameterName(), csrf.getToken()));
    return "identity/unlock";
  }
}
