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
      @PathVariable UUID personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    return flow.start(actions, personId, section, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/actions/new")
  String processNewAction(
      @PathVariable UUID personId,
      @Valid @ModelAttribute ActionForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.processNew(actions, personId, form, result, viewer, model, redirect);
  }

  @GetMapping("/people/{personId}/plan/actions/{actionId}")
  String showAction(
      @PathVariable UUID personId,
      @PathVariable UUID actionId,
      Authentication viewer,
      Model model) {
    return flow.show(actions, personId, actionId, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}")
  String processAction(
      @PathVariable UUID personId,
      @PathVariable UUID actionId,
      @Valid @ModelAttribute ActionForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.process(actions, personId, actionId, form, result, viewer, model, redirect);
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}/done")
  String processDone(
      @PathVariable UUID personId,
      @PathVariable UUID actionId,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    int starting = PlanText.version(version);
    try {
      plans.markDone(personId, actionId, starting, viewer);
    } catch (PlanChangedElsewhereException e) {
      RecordAccess access =
          editing.toChange(personId, viewer, Map.of("action", actionId.toString()));
      return editing.showChangedElsewhere(
          model, access, actions.fields(), actionId, (ActionDraft) e.yours(), starting);
    }
    redirect.addFlashAttribute("banner", "Action marked as done");
    return "redirect:" + PlanEditing.planHref(personId);
  }

  @PostMapping("/people/{personId}/plan/actions/{actionId}/merge")
  String processMerge(
      @PathVariable UUID personId,
      @PathVariable UUID actionId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.processMerge(actions, personId, actionId, params, viewer, model, redirect);
  }
}
