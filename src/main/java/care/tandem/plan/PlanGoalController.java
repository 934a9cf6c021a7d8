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

/** Adding a goal, changing one, and merging a change someone else made first. */
@Controller
class PlanGoalController {

  private final CarePlans plans;
  private final PlanEditing editing;
  private final GoalFields fields;

  PlanGoalController(CarePlans plans, PlanEditing editing, GoalFields fields) {
    this.plans = plans;
    this.editing = editing;
    this.fields = fields;
  }

  @GetMapping("/people/{personId}/plan/goals/new")
  String startGoal(
      @PathVariable String personId,
      @RequestParam(required = false) @Nullable String section,
      Authentication viewer,
      Model model) {
    RecordAccess access =
        editing.toChange(CarePlanController.id(personId), viewer, Map.of("what", "goal-form"));
    CarePlan plan = plans.plan(access);
    GoalForm form =
        GoalForm.blank(PlanText.choice(PlanSection.class, section).orElse(null), null, 0);
    return page(model, access, plan, null, FormView.of(form), null);
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
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Checked<GoalDraft> checked = form.check(result, null, PlanDates.today());
    if (checked.hasProblems()) {
      RecordAccess access = editing.toChange(person, viewer, Map.of("what", "goal-form"));
      return page(model, access, plans.plan(access), null, checked.problems(), checked.dateError());
    }
    plans.addGoal(person, checked.value(), key, viewer);
    redirect.addFlashAttribute("banner", "Goal added");
    return "redirect:" + PlanEditing.planHref(person) + "#" + checked.value().section().slug();
  }

  @GetMapping("/people/{personId}/plan/goals/{goalId}")
  String showGoal(
      @PathVariable String personId,
      @PathVariable String goalId,
      Authentication viewer,
      Model model) {
    UUID id = CarePlanController.id(goalId);
    RecordAccess access =
        editing.toChange(CarePlanController.id(personId), viewer, Map.of("goal", id.toString()));
    CarePlan plan = plans.plan(access);
    Goal goal = plan.goal(id).orElseThrow(RecordNotFoundException::new);
    return page(
        model, access, plan, goal, FormView.of(GoalForm.of(goal.draft(), plan.version())), null);
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
    RecordAccess access = editing.toChange(person, viewer, Map.of("goal", id.toString()));
    CarePlan plan = plans.plan(access);
    Goal goal = plan.goal(id).orElseThrow(RecordNotFoundException::new);
    Checked<GoalDraft> checked = form.check(result, goal.reviewDate(), PlanDates.today());
    if (checked.hasProblems()) {
      return page(model, access, plan, goal, checked.problems(), checked.dateError());
    }
    try {
      plans.changeGoal(person, id, form.startingVersion(), checked.value(), viewer);
    } catch (PlanChangedElsewhereException e) {
      return editing.showChangedElsewhere(
          model, access, fields, id, checked.value(), form.startingVersion());
    }
    redirect.addFlashAttribute("banner", "Goal saved");
    return "redirect:" + PlanEditing.planHref(person) + "#" + checked.value().section().slug();
  }

  @PostMapping("/people/{personId}/plan/goals/{goalId}/merge")
  String processMerge(
      @PathVariable String personId,
      @PathVariable String goalId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return editing.processMerge(
        CarePlanController.id(personId),
        CarePlanController.id(goalId),
        params,
        viewer,
        fields,
        plans::mergeGoal,
        model,
        redirect);
  }

  private String page(
      Model model,
      RecordAccess access,
      CarePlan plan,
      @Nullable Goal goal,
      FormView form,
      @Nullable String dateError) {
    PlanPeople.Who who = editing.who(access, plan);
    String base = PlanEditing.planHref(access.person());
    model.addAttribute(
        "page",
        new ItemFormPage(
            who.personName(),
            goal == null ? "Add a goal" : "Change goal",
            goal == null ? base + "/goals/new" : base + "/goals/" + goal.id(),
            base,
            goal == null,
            PlanChoices.sections(),
            who.choices(),
            PlanChoices.statuses()));
    model.addAttribute("form", form);
    model.addAttribute("dateError", dateError);
    return "plan/goal";
  }
}
