package care.tandem.plan.flareup;

import static care.tandem.system.Capability.CHANGE_CARE_PLAN;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flare-up plan: its page (or, with {@code ?print=card}, a one-page card to print), and the
 * form the person and their team change it with. A save made by someone else while the form was
 * open is shown beside the edit, never overwritten.
 */
@Controller
class FlareUpController {

  private static final String PATH = "/people/{personId}/plan/flare-up";
  private static final List<String> HEADINGS =
      List.of("Early signs of a flare-up", "What helps", "What to avoid", "Who to contact");

  private final CareAccess careAccess;
  private final Capabilities capabilities;
  private final FlareUpPlans plans;
  private final RecordHeaders headers;
  private final People people;

  FlareUpController(
      CareAccess careAccess,
      Capabilities capabilities,
      FlareUpPlans plans,
      RecordHeaders headers,
      People people) {
    this.careAccess = careAccess;
    this.capabilities = capabilities;
    this.plans = plans;
    this.headers = headers;
    this.people = people;
  }

  @GetMapping(PATH)
  String showFlareUpPlan(
      @PathVariable UUID personId,
      @RequestParam(name = "print", required = false) @Nullable String print,
      Authentication viewer,
      Model model) {
    boolean card = "card".equals(print);
    // Audited as the plan's own actions, so a carer allowed to read the plan may read this part.
    RecordAccess allowed =
        careAccess.require(
            personId,
            viewer,
            card ? "care-plan.printed" : "care-plan.viewed",
            Map.of("part", "flare-up"));
    model.addAttribute("page", page(allowed, viewer, plans.current(allowed)));
    if (card) {
      model.addAttribute("printedOn", CareDates.date(CareDates.today()));
      return "plan/flareup/card";
    }
    return "plan/flareup/flare-up";
  }

  @GetMapping(PATH + "/edit")
  String startEditing(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = allowedToChange(personId, viewer);
    FlareUpPlan now = plans.current(allowed);
    return form(model, allowed, viewer, FormView.of(FlareUpForm.of(now)), null);
  }

  @PostMapping(PATH + "/edit")
  String processEditing(
      @PathVariable UUID personId,
      @ModelAttribute FlareUpForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    int version = HiddenFields.version(form.version());
    FormView checked = form.checked();
    if (checked.hasErrors()) {
      return form(model, allowedToChange(personId, viewer), viewer, checked, null);
    }
    try {
      plans.save(personId, viewer, version, form.parts(), key);
    } catch (FlareUpChangedException e) {
      RecordAccess allowed = allowedToChange(personId, viewer);
      return form(model, allowed, viewer, FormView.of(form.at(e.now().version())), e.now());
    }
    redirect.addFlashAttribute("banner", "The flare-up plan is saved");
    return "redirect:/people/" + personId + "/plan/flare-up";
  }

  private RecordAccess allowedToChange(UUID person, Authentication viewer) {
    return capabilities.require(person, viewer, CHANGE_CARE_PLAN, "flare-up-plan.edit-form");
  }

  private String form(
      Model model,
      RecordAccess allowed,
      Authentication viewer,
      FormView form,
      @Nullable FlareUpPlan changedElsewhere) {
    model.addAttribute(
        "page",
        page(
            allowed, viewer, changedElsewhere == null ? plans.current(allowed) : changedElsewhere));
    model.addAttribute("changedElsewhere", changedElsewhere != null);
    model.addAttribute("form", form);
    return "plan/flareup/edit";
  }

  private FlareUpPage page(RecordAccess allowed, Authentication viewer, FlareUpPlan plan) {
    String href = "/people/" + allowed.person() + "/plan/flare-up";
    List<List<String>> lists =
        List.of(plan.earlySigns(), plan.whatHelps(), plan.whatToAvoid(), plan.whoToContact());
    List<FlareUpPage.Part> parts = new ArrayList<>();
    for (int i = 0; i < HEADINGS.size(); i++) {
      parts.add(
          new FlareUpPage.Part(
              FlareUpForm.PARTS.get(i).get(0) + "-list", HEADINGS.get(i), lists.get(i)));
    }
    boolean mayChange =
        allowed.basis() != RecordAccess.Basis.BREAK_GLASS
            && !allowed.isHelper()
            && Capabilities.allows(allowed, viewer, CHANGE_CARE_PLAN);
    return new FlareUpPage(
        headers.of(allowed, "/people/" + allowed.person() + "/plan"),
        people.person(allowed).fullName(),
        allowed.isThePerson(),
        parts,
        plan.isEmpty(),
        plan.changedAt() == null
            ? null
            : "Version " + plan.version() + ", saved on " + CareDates.dateAndTime(plan.changedAt()),
        href,
        mayChange ? href + "/edit" : null,
        href + "?print=card",
        "/people/" + allowed.person() + "/plan");
  }
}
