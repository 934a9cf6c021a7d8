package care.tandem.plan;

import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.system.form.FormView;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding or changing one item of the plan, the same for every {@link ItemKind}: show its form, show
 * it again with every error, save and go back to its section of the plan with a banner, or show
 * both versions when someone else changed it first.
 */
@Component
class PlanItemFlow {

  private final CarePlans plans;
  private final PlanEditing editing;

  PlanItemFlow(CarePlans plans, PlanEditing editing) {
    this.plans = plans;
    this.editing = editing;
  }

  /** The form to add an item, in {@code section} if that names one. */
  <D extends Record, F extends Record & ItemForm<D>> String start(
      ItemKind<D, F> kind,
      UUID person,
      @Nullable String section,
      Authentication viewer,
      Model model) {
    RecordAccess access = editing.toChange(person, viewer, formOpened(kind));
    F form = kind.blank().apply(PlanText.choice(PlanSection.class, section).orElse(null));
    return page(model, kind, access, plans.plan(access), null, FormView.of(form), null);
  }

  <D extends Record, F extends Record & ItemForm<D>> String processNew(
      ItemKind<D, F> kind,
      UUID person,
      F form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Checked<D> checked = form.check(result, null, PlanDates.today());
    if (checked.hasProblems()) {
      RecordAccess access = editing.toChange(person, viewer, formOpened(kind));
      return page(
          model, kind, access, plans.plan(access), null, checked.problems(), checked.dateError());
    }
    kind.add().add(person, checked.value(), key, viewer);
    return saved(kind, person, checked.value(), true, redirect);
  }

  /** The form to change the item {@code item}, as it stands now. */
  <D extends Record, F extends Record & ItemForm<D>> String show(
      ItemKind<D, F> kind, UUID person, UUID item, Authentication viewer, Model model) {
    RecordAccess access = editing.toChange(person, viewer, opened(kind, item));
    CarePlan plan = plans.plan(access);
    D saved = savedIn(kind, plan, item);
    FormView form = FormView.of(kind.form().apply(saved, plan.version()));
    return page(model, kind, access, plan, item, form, null);
  }

  <D extends Record, F extends Record & ItemForm<D>> String process(
      ItemKind<D, F> kind,
      UUID person,
      UUID item,
      F form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    RecordAccess access = editing.toChange(person, viewer, opened(kind, item));
    CarePlan plan = plans.plan(access);
    D saved = savedIn(kind, plan, item);
    Checked<D> checked = form.check(result, kind.date().apply(saved), PlanDates.today());
    if (checked.hasProblems()) {
      return page(model, kind, access, plan, item, checked.problems(), checked.dateError());
    }
    try {
      kind.change().save(person, item, form.startingVersion(), checked.value(), viewer);
    } catch (PlanChangedElsewhereException e) {
      return editing.showChangedElsewhere(
          model, access, kind.fields(), item, checked.value(), form.startingVersion());
    }
    return saved(kind, person, checked.value(), false, redirect);
  }

  /** Saves the merge the editor chose after someone else changed the item first. */
  <D extends Record, F extends Record & ItemForm<D>> String processMerge(
      ItemKind<D, F> kind,
      UUID person,
      UUID item,
      MultiValueMap<String, String> params,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    return editing.processMerge(person, item, params, viewer, kind, model, redirect);
  }

  private static <D extends Record> D savedIn(ItemKind<D, ?> kind, CarePlan plan, UUID item) {
    return kind.fields().in(plan, item).orElseThrow(RecordNotFoundException::new).draft();
  }

  private static Map<String, String> formOpened(ItemKind<?, ?> kind) {
    return Map.of("what", kind.fields().kind() + "-form");
  }

  private static Map<String, String> opened(ItemKind<?, ?> kind, UUID item) {
    return Map.of(kind.fields().kind(), item.toString());
  }

  private static <D extends Record> String saved(
      ItemKind<D, ?> kind, UUID person, D draft, boolean isNew, RedirectAttributes redirect) {
    redirect.addFlashAttribute("banner", isNew ? kind.words().added() : kind.words().saved());
    return "redirect:" + PlanEditing.planHref(person) + "#" + kind.section().apply(draft).slug();
  }

  private String page(
      Model model,
      ItemKind<?, ?> kind,
      RecordAccess access,
      CarePlan plan,
      @Nullable UUID item,
      FormView form,
      @Nullable String dateError) {
    PlanPeople.Who who = editing.who(access, plan);
    String base = PlanEditing.planHref(access.person());
    String items = base + "/" + kind.fields().kind() + "s/";
    model.addAttribute(
        "page",
        new ItemFormPage(
            who.personName(),
            item == null ? kind.words().addHeading() : kind.words().changeHeading(),
            item == null ? items + "new" : items + item,
            base,
            item == null,
            PlanChoices.sections(),
            who.choices(),
            PlanChoices.statuses()));
    model.addAttribute("form", form);
    model.addAttribute("dateError", dateError);
    return kind.view();
  }
}
