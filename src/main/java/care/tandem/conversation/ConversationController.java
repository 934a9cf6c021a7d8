package care.tandem.conversation;

import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's conversation and its topic threads: read a thread (which marks it read) and post in
 * it. A post is committed before the redirect to the page that confirms it.
 */
@Controller
class ConversationController {

  private final Threads threads;
  private final Messages messages;

  ConversationController(Threads threads, Messages messages) {
    this.threads = threads;
    this.messages = messages;
  }

  @GetMapping("/people/{personId}/conversation")
  String showConversation(
      @PathVariable UUID personId,
      @RequestParam(defaultValue = "1") int page,
      Authentication viewer,
      Model model) {
    return show(
        personId, null, page, viewer, model, FormView.of(MessageForm.empty()), UUID.randomUUID());
  }

  @PostMapping("/people/{personId}/conversation")
  String processConversationPost(
      @PathVariable UUID personId,
      @Valid @ModelAttribute MessageForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return post(personId, null, form, result, viewer, model, redirect);
  }

  @GetMapping("/people/{personId}/conversation/threads/{threadId}")
  String showThread(
      @PathVariable UUID personId,
      @PathVariable UUID threadId,
      @RequestParam(defaultValue = "1") int page,
      Authentication viewer,
      Model model) {
    return show(
        personId,
        threadId,
        page,
        viewer,
        model,
        FormView.of(MessageForm.empty()),
        UUID.randomUUID());
  }

  @PostMapping("/people/{personId}/conversation/threads/{threadId}")
  String processThreadPost(
      @PathVariable UUID personId,
      @PathVariable UUID threadId,
      @Valid @ModelAttribute MessageForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return post(personId, threadId, form, result, viewer, model, redirect);
  }

  private String post(
      UUID person,
      @Nullable UUID thread,
      MessageForm form,
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
            messages.post(
                person, thread, new NewMessage(form.text(), replyFrom.orElse(null), key), viewer);
        String href = hrefOf(person, thread);
        redirect.addFlashAttribute("banner", "Your message has been posted.");
        redirect.addFlashAttribute("bannerLink", "#message-" + posted.message());
        return "redirect:" + href;
      } catch (ReplyNotAllowedException e) {
        result.rejectValue("replyFrom", "notOnRecord", PostingChecks.NOT_ON_RECORD);
      }
    }
    return show(person, thread, 1, viewer, model, FormView.of(result), key);
  }

  private String show(
      UUID person,
      @Nullable UUID thread,
      int page,
      Authentication viewer,
      Model model,
      FormView form,
      UUID idempotencyKey) {
    model.addAttribute("page", threads.open(person, thread, page, viewer));
    model.addAttribute("form", form);
    model.addAttribute("idempotencyKey", idempotencyKey.toString());
    return "conversation/thread";
  }

  static String hrefOf(UUID person, @Nullable UUID thread) {
    String base = "/people/" + person + "/conversation";
    return thread == null ? base : base + "/threads/" + thread;
  }
}
