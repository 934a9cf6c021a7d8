package care.tandem.care.joining;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * The team invites a person to join their record, resends or withdraws the invitation, and prints
 * the letter. Anyone on the care team may ({@link CareAccess#requireToChange}); anyone else gets
 * the record's 404.
 */
@Controller
class InvitationController {

  private static final String CODE = "letterCode";

  private final CareAccess access;
  private final People people;
  private final Invitations invitations;
  private final InvitationLines lines;
  private final RecordHeaders headers;
  private final JoiningSettings settings;

  InvitationController(
      CareAccess access,
      People people,
      Invitations invitations,
      InvitationLines lines,
      RecordHeaders headers,
      JoiningSettings settings) {
    this.access = access;
    this.people = people;
    this.invitations = invitations;
    this.lines = lines;
    this.headers = headers;
    this.settings = settings;
  }

  @GetMapping("/people/{personId}/invitations")
  String showInvitations(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.requireToChange(personId, viewer, "invitations.viewed");
    return page(allowed, FormView.of(new Forms.InviteForm(null, null, newKey())), model);
  }

  @PostMapping("/people/{personId}/invitations")
  String processInvite(
      @PathVariable UUID personId,
      Authentication viewer,
      @Valid @ModelAttribute("form") Forms.InviteForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Invitation.Method method = method(form.method());
    if (result.hasErrors() || method == null) {
      FormView view = FormView.of(result);
      if (method == null && !view.field("method").hasError()) {
        view = view.withError("method", "Select how to send the invitation");
      }
      return page(access.requireToChange(personId, viewer, "invitations.viewed"), view, model);
    }
    try {
      Invitations.Issued issued =
          invitations.invite(personId, method, form.email(), key(form.idempotencyKey()), viewer);
      return issued(personId, issued, redirect);
    } catch (Invitations.Refused refused) {
      String field = method == Invitation.Method.EMAIL ? "email" : "method";
      return page(
          access.requireToChange(personId, viewer, "invitations.viewed"),
          FormView.of(result).withError(field, refused.getMessage()),
          model);
    }
  }

  @PostMapping("/people/{personId}/invitations/{invitationId}/resend")
  String processResend(
      @PathVariable UUID personId,
      @PathVariable UUID invitationId,
      @RequestParam(name = "idempotencyKey", required = false) @Nullable String idempotencyKey,
      Authentication viewer,
      RedirectAttributes redirect) {
    try {
      return issued(
          personId,
          invitations.resend(personId, invitationId, key(idempotencyKey), viewer),
          redirect);
    } catch (Invitations.Refused refused) {
      redirect.addFlashAttribute("notice", refused.getMessage());
      return "redirect:/people/" + personId + "/invitations";
    }
  }

  @PostMapping("/people/{personId}/invitations/{invitationId}/withdraw")
  String processWithdraw(
      @PathVariable UUID personId,
      @PathVariable UUID invitationId,
      Authentication viewer,
      RedirectAttributes redirect) {
    invitations.withdraw(personId, invitationId, viewer);
    redirect.addFlashAttribute("notice", "Invitation withdrawn. Its code no longer works");
    return "redirect:/people/" + personId + "/invitations";
  }

  /** The letter to print, with the code kept for this one page view. */
  @GetMapping("/people/{personId}/invitations/{invitationId}/letter")
  String showLetter(
      @PathVariable UUID personId,
      @PathVariable UUID invitationId,
      Authentication viewer,
      Model model) {
    RecordAccess allowed =
        access.requireToChange(
            personId,
            viewer,
            "invitation.letter-viewed",
            Map.of("invitation", invitationId.toString()));
    Person person = people.person(allowed);
    Object code = model.getAttribute(CODE);
    Invitation invitation =
        invitations.allFor(allowed).stream()
            .filter(found -> found.id().equals(invitationId))
            .findFirst()
            .orElseThrow(care.tandem.care.RecordNotFoundException::new);
    model.addAttribute(
        "page",
        new JoiningPages.LetterPage(
            "/people/" + personId + "/invitations",
            person.details().preferredName() != null
                ? person.details().preferredName()
                : person.details().givenName(),
            code instanceof String text ? InvitationCode.grouped(text) : null,
            settings.link() + "/join",
            CareDates.date(invitation.expiresAt())));
    return "care/joining/letter";
  }

  private String issued(UUID personId, Invitations.Issued issued, RedirectAttributes redirect) {
    String base = "/people/" + personId + "/invitations";
    if (issued.method() == Invitation.Method.LETTER) {
      if (issued.code() != null) {
        redirect.addFlashAttribute(CODE, issued.code());
      }
      return "redirect:" + base + "/" + issued.invitation() + "/letter";
    }
    redirect.addFlashAttribute(
        "notice",
        invitations.mailOn()
            ? "Invitation sent by email"
            : "Invitation made, but email is not set up here");
    return "redirect:" + base;
  }

  private String page(RecordAccess allowed, FormView form, Model model) {
    Person person = people.person(allowed);
    List<Invitation> all = invitations.allFor(allowed);
    Instant now = Instant.now();
    Invitation open =
        all.stream()
            .filter(
                found ->
                    found.status() == Invitation.Status.SENT
                        || found.status() == Invitation.Status.OPENED)
            .findFirst()
            .orElse(null);
    String base = "/people/" + allowed.person() + "/invitations";
    boolean openNow = open != null && open.isOpen(now);
    Object notice = model.getAttribute("notice");
    model.addAttribute(
        "page",
        new JoiningPages.InvitationsPage(
            headers.of(allowed, "/people/" + allowed.person()),
            person.fullName(),
            person.accountId() != null,
            open == null ? null : lines.line(open, now),
            openNow ? base + "/" + open.id() + "/resend" : null,
            openNow ? base + "/" + open.id() + "/withdraw" : null,
            newKey(),
            form,
            person.details().email(),
            invitations.mailOn(),
            base,
            lines.lines(all),
            notice instanceof String text ? text : null));
    return "care/joining/invitations";
  }

  private static Invitation.@Nullable Method method(@Nullable String value) {
    if ("EMAIL".equals(value)) {
      return Invitation.Method.EMAIL;
    }
    return "LETTER".equals(value) ? Invitation.Method.LETTER : null;
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }

  private static UUID key(@Nullable String typed) {
    try {
      return typed == null ? UUID.randomUUID() : UUID.fromString(typed);
    } catch (IllegalArgumentException e) {
      return UUID.randomUUID();
    }
  }
}
