package care.tandem.conversation;

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

/** Starting a topic thread on a person's record, with its first message. */
@Controller
class TopicController {

  private final Forms forms;
  private final Messages messages;

  TopicController(Forms forms, Messages messages) {
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/people/{personId}/conversation/threads/new")
  String showNewTopic(@PathVariable UUID personId, Authentication viewer, Model model) {
    return page(personId, viewer, model, FormView.of(TopicForm.empty()), UUID.randomUUID());
  }

  @PostMapping("/people/{personId}/conversation/threads/new")
  String processNewTopic(
      @PathVariable UUID personId,
      @Valid @ModelAttribute TopicForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    PostingChecks.checkLength(form.text(), result);
    Optional<UUID> replyFrom = PostingChecks.replyFrom(form.replyFrom(), result);
    UUID key = Ids.keyFrom(form.idempotencyKey());
    if (!result.hasErrors()) {
      try {
        Messages.Posted posted =
            messages.startThread(
                personId,
                form.title(),
                new NewMessage(form.text(), replyFrom.orElse(null), key),
                viewer);
        redirect.addFlashAttribute("banner", "Your topic has been started.");
        return "redirect:" + ConversationController.hrefOf(personId, posted.thread());
      } catch (ReplyNotAllowedException e) {
        result.rejectValue("replyFrom", "notOnRecord", PostingChecks.NOT_ON_RECORD);
      }
    }
    return page(personId, viewer, model, FormView.of(result), key);
  }

  private String page(
      UUID person, Authentication viewer, Model model, FormView form, UUID idempotencyKey) {
    model.addAttribute("page", forms.newTopic(person, viewer));
    model.addAttribute("form", form);
    model.addAttribute("idempotencyKey", idempotencyKey.toString());
    return "conversation/new-topic";
  }
}
