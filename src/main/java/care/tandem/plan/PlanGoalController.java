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
      @PathVariable String personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    return flow.start(goals, CarePlanController.id(personId), section, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/goals/new")
  String processNewGoal(
      @PathVariable String personId,
      @Valid @ModelAttribute GoalForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    return flow.processNew(goals, person, form, result, viewer, model, redirect);
  }

  @GetMapping("/people/{personId}/plan/goals/{goalId}")
  String showGoal(
      @PathVariable String personId,
      @PathVariable String goalId,
      Authentication viewer,
      Model model) {
    UUID id = CarePlanController.id(goalId);
    return flow.show(goals, CarePlanController.id(personId), id, viewer, model);
  }

  @PostMapping("/people/{personId}/plan/goals/{goalId}")
  String processGoal(
      @PathVariable String personId,
      @PathVariable String goalId,
      @Valid @ModelAttribute GoalForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    UUID id = CarePlanController.id(goalId);
    return flow.process(goals, person, id, form, result, viewer, model, redirect);
  }

  @PostMapping("/people/{personId}/plan/goals/{goalId}/merge")
  String processMerge(
      @PathVariable String personId,
      @PathVariable String goalId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID person = CarePlanController.id(personId);
    UUID id = CarePlanController.id(goalId);
    return flow.processMerge(goals, person, id, params, viewer, model, redirect);
  }
}
