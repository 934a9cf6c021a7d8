package care.tandem.conversation;

import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
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
 * Changing your own message. The team keeps seeing the original ("Edited", with the earlier text),
 * so nothing is changed silently.
 */
@Controller
class MessageEditController {

  private final Forms forms;
  private final Messages messages;

  MessageEditController(Forms forms, Messages messages) {
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/people/{personId}/conversation/messages/{messageId}/edit")
  String showEdit(
      @PathVariable UUID personId,
      @PathVariable UUID messageId,
      Authentication viewer,
      Model model) {
    EditPage page = forms.edit(personId, messageId, viewer);
    model.addAttribute("page", page);
    model.addAttribute(
        "form", FormView.of(new EditForm(page.text(), String.valueOf(page.version()))));
    return "conversation/edit";
  }

  @PostMapping("/people/{personId}/conversation/messages/{messageId}/edit")
  String processEdit(
      @PathVariable UUID personId,
      @PathVariable UUID messageId,
      @Valid @ModelAttribute EditForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    PostingChecks.checkLength(form.text(), result);
    if (!result.hasErrors()) {
      Messages.EditOutcome edit =
          messages.edit(personId, messageId, form.startingVersion(), form.text(), viewer);
      switch (edit.outcome()) {
        case SAVED, UNCHANGED -> {
          redirect.addFlashAttribute(
              "banner", "Your change has been saved. The team can still see the original.");
          redirect.addFlashAttribute("bannerLink", "#message-" + messageId);
          return "redirect:" + edit.threadHref();
        }
        case CHANGED_ELSEWHERE -> {
          EditPage current = forms.edit(personId, messageId, viewer);
          model.addAttribute("page", current);
          model.addAttribute(
              "form",
              FormView.of(new EditForm(form.text(), String.valueOf(current.version())))
                  .withError(
                      "text",
                      "You changed this message in another window. Check the saved version"
                          + " below, then save again to replace it"));
          model.addAttribute("savedElsewhere", current.text());
          return "conversation/edit";
        }
      }
    }
    model.addAttribute("page", forms.edit(personId, messageId, viewer));
    model.addAttribute("form", FormView.of(result));
    return "conversation/edit";
  }
}
