package care.tandem.directory.signposting;

import static care.tandem.system.Capability.SIGNPOST;

import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.directory.SignpostOutcome;
import care.tandem.identity.StaffDirectory;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person or a team member records what came of a signpost. An outcome recorded by someone else
 * while the page was open is shown, never silently replaced.
 */
@Controller
class OutcomeController {

  private static final String PATH = "/people/{personId}/signposts/{signpostId}/outcome";

  private final Capabilities access;
  private final RecordHeaders headers;
  private final Signposts signposts;
  private final StaffDirectory staff;

  OutcomeController(
      Capabilities access, RecordHeaders headers, Signposts signposts, StaffDirectory staff) {
    this.access = access;
    this.headers = headers;
    this.signposts = signposts;
    this.staff = staff;
  }

  @GetMapping(PATH)
  String startRecording(
      @PathVariable("personId") UUID person,
      @PathVariable("signpostId") UUID signpost,
      Authentication viewer,
      Model model) {
    RecordAccess allowed = allowed(person, signpost, viewer);
    Signpost found = signposts.one(allowed, signpost);
    return page(model, allowed, found, FormView.of(OutcomeForm.blank(found.version())), false);
  }

  @PostMapping(PATH)
  String processRecording(
      @PathVariable("personId") UUID person,
      @PathVariable("signpostId") UUID signpost,
      @ModelAttribute OutcomeForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    int version = HiddenFields.version(form.version());
    FormView checked = form.checked();
    if (checked.hasErrors()) {
      RecordAccess allowed = allowed(person, signpost, viewer);
      return page(model, allowed, signposts.one(allowed, signpost), checked, false);
    }
    try {
      signposts.recordOutcome(
          person, signpost, form.chosen().orElseThrow(), form.storedNote(), version, key, viewer);
    } catch (SignpostChangedException e) {
      RecordAccess allowed = allowed(person, signpost, viewer);
      Signpost now = signposts.one(allowed, signpost);
      return page(model, allowed, now, FormView.of(form.at(now.version())), true);
    }
    redirect.addFlashAttribute("banner", "What happened is saved");
    return "redirect:" + SignpostLinks.signposts(person);
  }

  private RecordAccess allowed(UUID person, UUID signpost, Authentication viewer) {
    return access.require(
        person, viewer, SIGNPOST, "signpost.outcome-form", Map.of("signpost", signpost.toString()));
  }

  private String page(
      Model model, RecordAccess allowed, Signpost signpost, FormView form, boolean changed) {
    String back = SignpostLinks.signposts(allowed.person());
    List<Choice> outcomes =
        Arrays.stream(SignpostOutcome.values())
            .map(outcome -> Choice.of(outcome.code(), outcome.label()))
            .toList();
    model.addAttribute(
        "page",
        new OutcomePage(
            headers.of(allowed, back),
            signpost.serviceName(),
            signpost.reason(),
            SignpostLinks.outcome(allowed.person(), signpost.id()),
            back,
            outcomes,
            SignpostOutcome.NOT_SUITABLE.code(),
            latest(allowed, signpost),
            changed));
    model.addAttribute("form", form);
    return "directory/signposting/outcome";
  }

  private @Nullable String latest(RecordAccess allowed, Signpost signpost) {
    if (signpost.outcome() == null || signpost.outcomeAt() == null) {
      return null;
    }
    List<RecordedOutcome> history =
        signposts.history(List.of(signpost)).getOrDefault(signpost.id(), List.of());
    String who =
        history.isEmpty()
            ? "Unknown"
            : SignpostViews.who(
                allowed,
                staff.findAll(List.of(history.get(history.size() - 1).recordedBy())),
                history.get(history.size() - 1).recordedBy());
    return signpost.outcome().label()
        + ", recorded by "
        + (who.equals("You") ? "you" : who)
        + " on "
        + CareDates.date(signpost.outcomeAt());
  }
}
