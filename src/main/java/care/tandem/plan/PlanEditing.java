package care.tandem.plan;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the goal and action pages share: letting only those who may change the plan see its forms,
 * and the "changed by someone else" page with the merge that follows it.
 */
@Component
class PlanEditing {

  static final String MERGE_VIEW = "plan/merge";

  private final CareAccess careAccess;
  private final CarePlans plans;
  private final PlanPeople people;

  PlanEditing(CareAccess careAccess, CarePlans plans, PlanPeople people) {
    this.careAccess = careAccess;
    this.plans = plans;
    this.people = people;
  }

  /**
   * Opens the plan to show a form that changes it: audited as a view of the plan; refused (403) to
   * someone reading by break-glass, who may read but not change it.
   */
  RecordAccess toChange(UUID person, Authentication viewer, Map<String, String> details) {
    RecordAccess access = careAccess.require(person, viewer, "care-plan.viewed", details);
    if (!PlanPages.canChange(access)) {
      throw new ActionNotAllowedException("Break-glass access is for reading the plan");
    }
    return access;
  }

  PlanPeople.Who who(RecordAccess access, CarePlan plan) {
    return people.who(access, plan);
  }

  /**
   * "This was changed by someone else": the edit {@code yours}, started from {@code startedFrom}.
   */
  <D extends Record> String showChangedElsewhere(
      Model model, RecordAccess access, ItemFields<D> fields, UUID item, D yours, int startedFrom) {
    CarePlan now = plans.plan(access);
    ItemFields.Saved<D> saved = fields.in(now, item).orElseThrow(RecordNotFoundException::new);
    Map<String, String> started =
        startedFrom < 1
            ? null
            : plans
                .version(access, startedFrom)
                .flatMap(plan -> fields.in(plan, item))
                .map(earlier -> fields.values(earlier.draft()))
                .orElse(null);
    Map<String, String> mine = fields.values(yours);
    Map<String, String> choices =
        PlanMerge.defaults(fields, fields.values(saved.draft()), mine, started);
    model.addAttribute(
        "merge",
        PlanMerge.page(
            fields,
            people.who(access, now),
            saved,
            mergeHref(access.person(), fields, item),
            planHref(access.person()),
            now.version(),
            mine,
            choices,
            Map.of(),
            Map.of()));
    return MERGE_VIEW;
  }

  /** Saves the merge the editor chose, or shows the merge page again with what stops it. */
  <D extends Record> String processMerge(
      UUID person,
      UUID item,
      MultiValueMap<String, String> params,
      Authentication viewer,
      ItemKind<D, ?> kind,
      Model model,
      RedirectAttributes redirect) {
    ItemFields<D> fields = kind.fields();
    PlanMerge.Posted posted = PlanMerge.Posted.read(params, fields);
    RecordAccess access = toChange(person, viewer, Map.of(fields.kind(), item.toString()));
    ItemFields.Saved<D> saved =
        (posted.version() < 1
                ? Optional.<CarePlan>empty()
                : plans.version(access, posted.version()))
            .flatMap(plan -> fields.in(plan, item))
            .orElseThrow(RecordNotFoundException::new);
    if (fields.draft(posted.yours()).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    PlanMerge.Resolved resolved =
        PlanMerge.resolve(
            fields,
            fields.values(saved.draft()),
            posted.yours(),
            posted.choices(),
            posted.combined());
    if (resolved.hasErrors()) {
      model.addAttribute(
          "merge",
          PlanMerge.page(
              fields,
              people.who(access, plans.plan(access)),
              saved,
              mergeHref(person, fields, item),
              planHref(person),
              posted.version(),
              posted.yours(),
              posted.choices(),
              posted.combined(),
              resolved.errors()));
      return MERGE_VIEW;
    }
    D merged =
        fields
            .draft(resolved.values())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    try {
      kind.merge().save(person, item, posted.version(), merged, viewer);
    } catch (PlanChangedElsewhereException again) {
      return showChangedElsewhere(model, access, fields, item, merged, posted.version());
    }
    redirect.addFlashAttribute("banner", "Your changes have been merged and saved");
    return "redirect:" + planHref(person);
  }

  static String planHref(UUID person) {
    return "/people/" + person + "/plan";
  }

  private static String mergeHref(UUID person, ItemFields<?> fields, UUID item) {
    return planHref(person) + "/" + fields.kind() + "s/" + item + "/merge";
  }
}
