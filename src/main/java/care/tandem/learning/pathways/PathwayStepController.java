package care.tandem.learning.pathways;

import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import care.tandem.system.form.FormView;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step of a person's pathway. Any step of their version may be looked at ahead of time; opening
 * a released one counts as opened; finishing keeps a reflection's answer or puts a small goal in
 * the shared plan. A step id from anywhere else is not found.
 */
@Controller
class PathwayStepController {

  private final Enrolments enrolments;
  private final JourneyPresenter presenter;
  private final CarePlans plans;
  private final TransactionTemplate transaction;

  PathwayStepController(
      Enrolments enrolments,
      JourneyPresenter presenter,
      CarePlans plans,
      TransactionTemplate transaction) {
    this.enrolments = enrolments;
    this.presenter = presenter;
    this.plans = plans;
    this.transaction = transaction;
  }

  @GetMapping("/people/{personId}/pathways/{enrolmentId}/steps/{stepId}")
  String showStep(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      @PathVariable UUID stepId,
      Authentication viewer,
      Model model) {
    Journey journey = enrolments.open(personId, enrolmentId, stepId, viewer);
    StepForm form =
        journey
            .progressOf(stepId)
            .map(p -> new StepForm(p.answer(), p.answerShared() ? "yes" : null))
            .orElse(StepForm.blank());
    return page(model, journey, stepId, FormView.of(form));
  }

  @PostMapping("/people/{personId}/pathways/{enrolmentId}/steps/{stepId}")
  String processFinish(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      @PathVariable UUID stepId,
      @ModelAttribute StepForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    String answer = form.answerText();
    if (answer != null && answer.length() > StepForm.LONGEST_ANSWER) {
      Journey journey = enrolments.open(personId, enrolmentId, stepId, viewer);
      return page(
          model,
          journey,
          stepId,
          FormView.of(form).withError("answer", "Your answer must be 2,000 characters or fewer"));
    }
    PathwayStep step =
        transaction.execute(
            status -> {
              PathwayStep finished =
                  enrolments.finish(personId, enrolmentId, stepId, answer, form.shared(), viewer);
              if (finished.kind() == StepKind.GOAL) {
                plans.addGoal(personId, goal(finished), key(enrolmentId, stepId), viewer);
              }
              return finished;
            });
    redirect.addFlashAttribute(
        "banner",
        step != null && step.kind() == StepKind.GOAL
            ? "Done. The goal is now in your plan."
            : "Done. Well done for taking this step.");
    return "redirect:/people/" + personId + "/pathways/" + enrolmentId;
  }

  private static GoalDraft goal(PathwayStep step) {
    return new GoalDraft(PlanSection.SHARED, step.text(), "", null, GoalStatus.NOT_STARTED, null);
  }

  /** One goal per step per person, however often the button is pressed. */
  private static UUID key(UUID enrolment, UUID step) {
    return UUID.nameUUIDFromBytes(
        ("tandem:learning:goal:" + enrolment + ":" + step).getBytes(StandardCharsets.UTF_8));
  }

  private String page(Model model, Journey journey, UUID stepId, FormView form) {
    model.addAttribute("page", presenter.step(journey, stepId));
    model.addAttribute("form", form);
    return "learning/pathways/step";
  }
}
