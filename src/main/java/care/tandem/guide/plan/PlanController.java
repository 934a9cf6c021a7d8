package care.tandem.guide.plan;

import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My improvement plan": see it, save guide entries to it, add notes and dates, print it. */
@Controller
class PlanController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final ImprovementPlan plan;

  PlanController(ImprovementPlan plan) {
    this.plan = plan;
  }

  @GetMapping("/guide/plan")
  String showPlan(PlanOwner owner, Model model) {
    model.addAttribute("items", plan.items(owner).stream().map(PlanItemView::of).toList());
    return "guide/plan";
  }

  @GetMapping("/guide/plan/print")
  String showPrint(PlanOwner owner, Model model) {
    model.addAttribute("items", plan.items(owner).stream().map(PlanItemView::of).toList());
    model.addAttribute("printedOn", PlanItemView.longDate(LocalDate.now(LONDON)));
    return "guide/plan-print";
  }

  @PostMapping("/guide/plan/problems/{id}")
  String processSaveProblem(@PathVariable String id, PlanOwner owner, RedirectAttributes redirect) {
    return save(owner, PlanItem.PROBLEM, id, redirect);
  }

  @PostMapping("/guide/plan/solutions/{id}")
  String processSaveSolution(
      @PathVariable String id, PlanOwner owner, RedirectAttributes redirect) {
    return save(owner, PlanItem.SOLUTION, id, redirect);
  }

  private String save(PlanOwner owner, String kind, String id, RedirectAttributes redirect) {
    if (!SLUG.matcher(id).matches() || !plan.save(owner, kind, id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute(
        "banner", "Added to your plan. You can now add a note and a target date.");
    return "redirect:/guide/plan";
  }

  @GetMapping("/guide/plan/items/{itemId}")
  String showEdit(@PathVariable UUID itemId, PlanOwner owner, Model model) {
    PlanItem item = itemOf(owner, itemId);
    return edit(model, item, FormView.of(PlanItemForm.of(item)), null);
  }

  @PostMapping("/guide/plan/items/{itemId}")
  String processEdit(
      @PathVariable UUID itemId,
      PlanOwner owner,
      @Valid @ModelAttribute PlanItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    PlanItem item = itemOf(owner, itemId);
    TargetDate date = TargetDate.read(form, LocalDate.now(LONDON));
    if (result.hasErrors() || !date.isValid()) {
      FormView view = FormView.of(result);
      if (!date.isValid()) {
        view = view.withError(date.field(), date.error());
      }
      model.addAttribute("dateError", date.wholeDateError());
      return edit(model, item, view, null);
    }
    var outcome = plan.edit(owner, item.id(), form.startingVersion(), form.noteText(), date.date());
    switch (outcome.outcome()) {
      case SAVED -> {
        redirect.addFlashAttribute("banner", "Your note and target date have been saved.");
        return "redirect:/guide/plan";
      }
      case CHANGED_ELSEWHERE -> {
        PlanItem current = outcome.current();
        PlanItemForm retry =
            new PlanItemForm(
                form.note(),
                form.targetDateDay(),
                form.targetDateMonth(),
                form.targetDateYear(),
                String.valueOf(current.version()));
        FormView view =
            FormView.of(retry)
                .withError(
                    "note",
                    "This was changed in another window. Check the saved version, then save"
                        + " again to replace it");
        return edit(model, current, view, PlanItemView.of(current));
      }
      default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  @PostMapping("/guide/plan/items/{itemId}/remove")
  String processRemove(@PathVariable String itemId, PlanOwner owner, RedirectAttributes redirect) {
    if (UUID_TEXT.matcher(itemId).matches() && plan.remove(owner, UUID.fromString(itemId))) {
      redirect.addFlashAttribute("banner", "Removed from your plan.");
    }
    return "redirect:/guide/plan";
  }

  @ExceptionHandler(PlanOwnerResolver.SignInRequired.class)
  String showSignIn() {
    return "redirect:/sign-in";
  }

  private String edit(
      Model model, PlanItem item, FormView form, @Nullable PlanItemView savedElsewhere) {
    model.addAttribute("item", PlanItemView.of(item));
    model.addAttribute("form", form);
    model.addAttribute("savedElsewhere", savedElsewhere);
    return "guide/plan-item";
  }

  private PlanItem itemOf(PlanOwner owner, UUID itemId) {
    return plan.item(owner, itemId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
