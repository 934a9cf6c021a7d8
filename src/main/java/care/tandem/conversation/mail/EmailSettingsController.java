package care.tandem.conversation.mail;

import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practitioner chooses whether to get e-mails about new messages. (The person's own choice is the
 * contact preferences on their record.)
 */
@Controller
class EmailSettingsController {

  private final MailPreferences preferences;

  EmailSettingsController(MailPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping("/notifications/email")
  String showEmailSettings(Authentication viewer, Model model) {
    UUID account = UUID.fromString(viewer.getName());
    model.addAttribute(
        "form", FormView.of(new EmailForm(preferences.wantsEmail(account) ? "yes" : "no")));
    return "conversation/email-settings";
  }

  @PostMapping("/notifications/email")
  String processEmailSettings(
      @Valid @ModelAttribute EmailForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      model.addAttribute("form", FormView.of(result));
      return "conversation/email-settings";
    }
    boolean wants = "yes".equals(form.wantsEmail());
    preferences.choose(UUID.fromString(viewer.getName()), wants);
    redirect.addFlashAttribute(
        "banner",
        wants
            ? "We will email you when there is a new message."
            : "We will not email you about new messages.");
    return "redirect:/notifications";
  }
}
