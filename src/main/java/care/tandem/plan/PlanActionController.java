package care.tandem.plan;

import care.tandem.care.RecordAccess;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding an action, changing one, marking one done, and merging a change made first elsewhere. */
@Controller
class PlanActionController {

  private final CarePlans plans;
  private final PlanEditing editing;
  private final PlanItemFlow flow;
  private final ItemKind<ActionDraft, ActionForm> actions;

  PlanActionController(
      CarePlans plans, PlanEditing editing, PlanItemFlow flow, ActionFields fields) {
    this.plans = plans;
    this.editing = editing;
    this.flow = flow;
    this.actions =
        new ItemKind<>(
            fields,
            "plan/action",
            new ItemKind.Words("Add an action", "Change action", "Action added", "Action saved"),
            section -> ActionForm.blank(section, 0),
            ActionForm::of,
            ActionDraft::section,
            ActionDraft::dueDate,
            plans::addAction,
            plans::changeAction,
            plans::mergeAction);
  }

  @GetMapping("/people/{personId}/plan/actions/new")
  String startAction(
      @PathVariable String personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    return flow.start(actions, CarePlanController.id(personId), section, viewer, model);
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
    return flow.processNew(actions, person, form, result, viewer, model, redirect);
  }

  @GetMapping("/people/{personId}/plan/actions/{actionId}")
  String showAction(
      @PathVariable String personId,
      @PathVariable String actionId,
      Authentication viewer,
      Model model) {
    UUID id = CarePlanController.id(actionId);
    return flow.show(actions, CarePlanController.id(personId), id, viewer, model);
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
    return flow.process(actions, person, id, form, result, viewer, model, redirect);
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
          model, access, actions.fields(), id, (ActionDraft) e.yours(), starting);
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
    UUID person = CarePlanController.id(personId);
    UUID id = CarePlanController.id(actionId);
    return flow.processMerge(actions, person, id, params, viewer, model, redirect);
  }
}
