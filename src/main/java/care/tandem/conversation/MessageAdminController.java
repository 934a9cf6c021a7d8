package care.tandem.conversation;

import care.tandem.care.RecordNotFoundException;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins hide a reported message: find it by the reference someone on the record gave them, read
 * that one message, and hide it with a reason. The team then sees a placeholder in its place.
 */
@Controller
class MessageAdminController {

  private final MessageModeration moderation;

  MessageAdminController(MessageModeration moderation) {
    this.moderation = moderation;
  }

  @GetMapping("/admin/messages")
  String showFindMessage(Model model) {
    model.addAttribute("form", FormView.of(new ReferenceForm("")));
    return "conversation/admin-find";
  }

  @PostMapping("/admin/messages")
  String processFindMessage(
      @Valid @ModelAttribute ReferenceForm form,
      BindingResult result,
      Authentication admin,
      Model model) {
    if (!result.hasErrors()) {
      Optional<UUID> id = Ids.parse(form.reference());
      if (id.isEmpty()) {
        result.rejectValue(
            "reference",
            "format",
            "Enter the message reference as it was given to you, like"
                + " 2f1c7a52-8a3e-4d7e-9a55-3c1d2b4e5f60");
      } else if (!moderation.exists(id.get(), admin)) {
        result.rejectValue(
            "reference", "unknown", "No message has this reference. Check it and try again");
      } else {
        return "redirect:/admin/messages/" + id.get();
      }
    }
    model.addAttribute("form", FormView.of(result));
    return "conversation/admin-find";
  }

  @GetMapping("/admin/messages/{messageId}")
  String showMessage(@PathVariable UUID messageId, Authentication admin, Model model) {
    return review(messageId, admin, model, FormView.of(new HideForm("")));
  }

  @PostMapping("/admin/messages/{messageId}/hide")
  String processHide(
      @PathVariable UUID messageId,
      @Valid @ModelAttribute HideForm form,
      BindingResult result,
      Authentication admin,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return review(messageId, admin, model, FormView.of(result));
    }
    boolean hidden = moderation.hide(messageId, form.reason(), admin);
    redirect.addFlashAttribute(
        "banner",
        hidden
            ? "The message has been hidden. Everyone on the record now sees that an administrator"
                + " hid it."
            : "This message was already hidden.");
    return "redirect:/admin/messages/" + messageId;
  }

  private String review(UUID id, Authentication admin, Model model, FormView form) {
    model.addAttribute(
        "message", moderation.review(id, admin).orElseThrow(RecordNotFoundException::new));
    model.addAttribute("form", form);
    return "conversation/admin-message";
  }
}
