package care.tandem.plan;

import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding an action, changing one, marking one done, and merging a change made first elsewhere. */
@Controller
class PlanActionController {

  private final CarePlans plans;
  private final PlanEditing editing;
  private final ActionFields fields;

  PlanActionController(CarePlans plans, PlanEditing editing, ActionFields fields) {
    this.plans = plans;
    this.editing = editing;
    this.fields = fields;
  }

  @GetMapping("/people/{personId}/plan/actions/new")
  String startAction(
      @PathVariable String personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    RecordAccess access =
        editing.toChange(CarePlanController.id(personId), viewer, Map.of("what", "action-form"));
    ActionForm form = ActionForm.blank(PlanText.choice(PlanSection.class, section).orElse(null), 0);
    return page(model, access, plans.plan(access), null, FormView.of(form), null);
  }

  @PostMapping("/people/{personId}/plan/actions/new")
  String processNewAction(
      @PathVariable String personId,
      @Valid @ModelAttribute ActionForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Checked<ActionDraft> checked = form.check(result, null, PlanDates.today());
    if (checked.hasProblems()) {
      RecordAccess access = editing.toChange(person, viewer, Map.of("what", "action-form"));
      return page(model, access, plans.plan(access), null, checked.problems(), checked.dateError());
    }
    plans.addAction(person, checked.value(), key, viewer);
    redirect.addFlashAttribute("banner", "Action added");
    return "redirect:" + PlanEditing.planHref(person) + "#" + checked.value().section().slug();
  }

  @GetMapping("/people/{personId}/plan/actions/{actionId}")
  String showAction(
      @PathVariable String personId,
      @PathVariable String actionId,
      Authentication viewer,
      Model model) {
    UUID id = CarePlanController.id(actionId);
    RecordAccess access =
        editing.toChange(CarePlanController.id(personId), viewer, Map.of("action", id.toString()));
    CarePlan plan = plans.plan(access);
    PlanAction action = plan.action(id).orElseThrow(RecordNotFoundException::new);
    return page(
        model,
        access,
        plan,
        action,
        FormView.of(ActionForm.of(action.draft(), plan.version())),
        null);
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}")
  String processAction(
      @PathVariable String personId,
      @PathVariable String actionId,
      @Valid @ModelAttribute ActionForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    UUID id = CarePlanController.id(actionId);
    RecordAccess access = editing.toChange(person, viewer, Map.of("action", id.toString()));
    CarePlan plan = plans.plan(access);
    PlanAction action = plan.action(id).orElseThrow(RecordNotFoundException::new);
    Checked<ActionDraft> checked = form.check(result, action.dueDate(), PlanDates.today());
    if (checked.hasProblems()) {
      return page(model, access, plan, action, checked.problems(), checked.dateError());
    }
    try {
      plans.changeAction(person, id, form.startingVersion(), checked.value(), viewer);
    } catch (PlanChangedElsewhereException e) {
      return editing.showChangedElsewhere(
          model, access, fields, id, checked.value(), form.startingVersion());
    }
    redirect.addFlashAttribute("banner", "Action saved");
    return "redirect:" + PlanEditing.planHref(person) + "#" + checked.value().section().slug();
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}/done")
  String processDone(
      @PathVariable String personId,
      @PathVariable String actionId,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    UUID id = CarePlanController.id(actionId);
    int starting = PlanText.version(version);
    try {
      plans.markDone(person, id, starting, viewer);
    } catch (PlanChangedElsewhereException e) {
      RecordAccess access = editing.toChange(person, viewer, Map.of("action", id.toString()));
      return editing.showChangedElsewhere(
          model, access, fields, id, (ActionDraft) e.yours(), starting);
    }
    redirect.addFlashAttribute("banner", "Action marked as done");
    return "redirect:" + PlanEditing.planHref(person);
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}/merge")
  String processMerge(
      @PathVariable String personId,
      @PathVariable String actionId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return editing.processMerge(
        CarePlanController.id(personId),
        CarePlanController.id(actionId),
        params,
        viewer,
        fields,
        plans::mergeAction,
        model,
        redirect);
  }

  private String page(
      Model model,
      RecordAccess access,
      CarePlan plan,
      @Nullable PlanAction action,
      FormView form,
      @Nullable String dateError) {
    PlanPeople.Who who = editing.who(access, plan);
    String base = PlanEditing.planHref(access.person());
    model.addAttribute(
        "page",
        new ItemFormPage(
            who.personName(),
            action == null ? "Add an action" : "Change action",
            action == null ? base + "/actions/new" : base + "/actions/" + action.id(),
            base,
            action == null,
            PlanChoices.sections(),
            who.choices(),
            PlanChoices.statuses()));
    model.addAttribute("form", form);
    model.addAttribute("dateError", dateError);
    return "plan/action";
  }
}
