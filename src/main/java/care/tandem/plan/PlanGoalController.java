package care.tandem.plan;

import jakarta.validation.Valid;
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

/** Adding a goal, changing one, and merging a change someone else made first. */
@Controller
class PlanGoalController {

  private final PlanItemFlow flow;
  private final ItemKind<GoalDraft, GoalForm> goals;

  PlanGoalController(PlanItemFlow flow, CarePlans plans, GoalFields fields) {
    this.flow = flow;
    this.goals =
        new ItemKind<>(
            fields,
            "plan/goal",
            new ItemKind.Words("Add a goal", "Change goal", "Goal added", "Goal saved"),
            section -> GoalForm.blank(section, null, 0),
            GoalForm::of,
            GoalDraft::section,
            GoalDraft::reviewDate,
            plans::addGoal,
            plans::changeGoal,
            plans::mergeGoal);
  }

  @GetMapping("/people/{personId}/plan/goals/new")
  String startGoal(
      @PathVariable UUID personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    return flow.start(goals, personId, section, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/goals/new")
  String processNewGoal(
      @PathVariable UUID personId,
      @Valid @ModelAttribute GoalForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.processNew(goals, personId, form, result, viewer, model, redirect);
  }

  @GetMapping("/people/{personId}/plan/goals/{goalId}")
  String showGoal(
      @PathVariable UUID personId, @PathVariable UUID goalId, Authentication viewer, Model model) {
    return flow.show(goals, personId, goalId, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/goals/{goalId}")
  String processGoal(
      @PathVariable UUID personId,
      @PathVariable UUID goalId,
      @Valid @ModelAttribute GoalForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.process(goals, personId, goalId, form, result, viewer, model, redirect);
  }

  @PostMapping("/people/{personId}/plan/goals/{goalId}/merge")
  String processMerge(
      @PathVariable UUID personId,
      @PathVariable UUID goalId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return flow.processMerge(goals, personId, goalId, params, viewer, model, redirect);
  }
}
