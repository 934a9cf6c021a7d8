package care.tandem.learning.pathways;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.RecordNotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stops pathway reminders from the link in the e-mail, without signing in. Opening the link shows
 * one button (so a mail scanner following links stops nothing); a mail program's one-click
 * unsubscribe posts straight to it.
 */
@Controller
class ReminderStopController {

  private static final int TOKEN_LENGTH = 43;

  private final EnrolmentRepository enrolments;
  private final AuditLog audit;

  ReminderStopController(EnrolmentRepository enrolments, AuditLog audit) {
    this.enrolments = enrolments;
    this.audit = audit;
  }

  @GetMapping("/pathway-reminders/stop")
  String showStop(
      @RequestParam(required = false) @Nullable String token,
      @RequestParam(required = false) @Nullable String stopped,
      Model model) {
    model.addAttribute("token", wellFormed(token) ? token : "");
    model.addAttribute("stopped", "yes".equals(stopped));
    return "learning/pathways/stop";
  }

  @PostMapping("/pathway-reminders/stop")
  @Transactional
  String processStop(@RequestParam(required = false) @Nullable String token) {
    Optional<UUID> person = wellFormed(token) ? enrolments.stopReminders(token) : Optional.empty();
    if (person.isEmpty()) {
      throw new RecordNotFoundException();
    }
    audit.record(
        AuditEvent.success(null, null, "pathway.reminders-stopped", Map.of()).about(person.get()));
    return "redirect:/pathway-reminders/stop?stopped=yes";
  }

  private static boolean wellFormed(@Nullable String token) {
    return token != null && token.length() == TOKEN_LENGTH && token.matches("[A-Za-z0-9_-]+");
  }
}
