package care.tandem.learning.checkins;

import static care.tandem.system.Capability.SEE_RESULTS;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.HiddenFields;
import care.tandem.system.form.FormView;
import java.util.UUID;
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
 * The person checks in on their own record (pain and mood, optional words); the person and their
 * team see the last 12 weeks as a chart and a table.
 */
@Controller
class CheckInController {

  private final CareAccess careAccess;
  private final Capabilities capabilities;
  private final CheckIns checkIns;
  private final CheckInPages pages;

  CheckInController(
      CareAccess careAccess, Capabilities capabilities, CheckIns checkIns, CheckInPages pages) {
    this.careAccess = careAccess;
    this.capabilities = capabilities;
    this.checkIns = checkIns;
    this.pages = pages;
  }

  @GetMapping(CheckInPages.FORM)
  String startCheckIn(Authentication viewer, Model model) {
    RecordAccess allowed = careAccess.require(ownRecord(viewer), viewer, "check-in.form-viewed");
    return page(model, allowed, FormView.of(CheckInForm.blank()));
  }

  @PostMapping(CheckInPages.FORM)
  String processCheckIn(
      @ModelAttribute CheckInForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    UUID person = ownRecord(viewer);
    FormView checked = form.checked();
    if (checked.hasErrors()) {
      RecordAccess allowed = careAccess.require(person, viewer, "check-in.form-viewed");
      return page(model, allowed, checked);
    }
    checkIns.record(
        person,
        viewer,
        CheckInForm.score(form.pain()).orElseThrow(),
        CheckInForm.score(form.mood()).orElseThrow(),
        form.storedWords(),
        key);
    redirect.addFlashAttribute("banner", "Your check-in is saved");
    return "redirect:" + CheckInPages.trendHref(person);
  }

  @GetMapping("/people/{personId}/check-ins")
  String showCheckIns(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed =
        capabilities.requireToSee(personId, viewer, SEE_RESULTS, "check-ins.viewed");
    model.addAttribute("page", pages.trend(allowed));
    return "learning/checkins/trend";
  }

  private String page(Model model, RecordAccess allowed, FormView form) {
    model.addAttribute("page", pages.form(allowed));
    model.addAttribute("form", form);
    return "learning/checkins/check-in";
  }

  /** Only the person checks in, on their own record: anyone else finds nothing here. */
  private UUID ownRecord(Authentication viewer) {
    return HiddenFields.optionalId(viewer.getName())
        .flatMap(careAccess::personOf)
        .orElseThrow(RecordNotFoundException::new);
  }
}
