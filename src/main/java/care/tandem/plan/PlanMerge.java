package care.tandem.plan;

import care.tandem.system.components.Choice;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Merging an edit that could not be saved with the version someone else saved first, field by
 * field. Where only one side changed a field since the editor started, that side is chosen for
 * them; where both did, the editor chooses, or writes a combined text.
 */
final class PlanMerge {

  static final String SAVED = "saved";
  static final String YOURS = "yours";
  static final String COMBINED = "combined";

  private PlanMerge() {}

  /**
   * The merge form as posted: {@code version}, {@code yours-*}, {@code choice-*}, {@code
   * combined-*}.
   */
  record Posted(
      int version,
      Map<String, String> yours,
      Map<String, String> choices,
      Map<String, String> combined) {

    static Posted read(MultiValueMap<String, String> params, ItemFields<?> fields) {
      Map<String, String> yours = new LinkedHashMap<>();
      Map<String, String> choices = new HashMap<>();
      Map<String, String> combined = new HashMap<>();
      for (ItemFields.Field field : fields.fields()) {
        yours.put(
            field.name(), Objects.requireNonNullElse(params.getFirst("yours-" + field.name()), ""));
        String choice = params.getFirst("choice-" + field.name());
        if (choice != null) {
          choices.put(field.name(), choice);
        }
        String text = params.getFirst("combined-" + field.name());
        if (text != null) {
          combined.put(field.name(), text);
        }
      }
      return new Posted(PlanText.version(params.getFirst("version")), yours, choices, combined);
    }
  }

  /** The merged values, or the errors (keyed by form field name) that stop the merge. */
  record Resolved(Map<String, String> values, Map<String, String> errors) {

    boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  /** What to choose for the editor, given the version they started from (if it is known). */
  static Map<String, String> defaults(
      ItemFields<?> fields,
      Map<String, String> saved,
      Map<String, String> yours,
      @Nullable Map<String, String> started) {
    Map<String, String> choices = new HashMap<>();
    if (started == null) {
      return choices;
    }
    for (ItemFields.Field field : fields.fields()) {
      String name = field.name();
      if (Objects.equals(saved.get(name), yours.get(name))) {
        continue;
      }
      if (Objects.equals(yours.get(name), started.get(name))) {
        choices.put(name, SAVED);
      } else if (Objects.equals(saved.get(name), started.get(name))) {
        choices.put(name, YOURS);
      }
    }
    return choices;
  }

  static Resolved resolve(
      ItemFields<?> fields,
      Map<String, String> saved,
      Map<String, String> yours,
      Map<String, String> choices,
      Map<String, String> combined) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (ItemFields.Field field : fields.fields()) {
      String name = field.name();
      String mine = yours.get(name);
      String theirs = saved.get(name);
      String choice = choices.get(name);
      if (Objects.equals(theirs, mine) || SAVED.equals(choice)) {
        values.put(name, theirs);
      } else if (YOURS.equals(choice)) {
        values.put(name, mine);
      } else if (COMBINED.equals(choice) && field.text() != null) {
        String text = PlanText.clean(combined.get(name));
        if (text.isEmpty()) {
          errors.put("combined-" + name, field.text().whenEmpty());
        } else if (text.length() > field.text().maxLength()) {
          errors.put("combined-" + name, field.text().whenTooLong());
        }
        values.put(name, text);
      } else {
        errors.put("choice-" + name, field.whenNotChosen());
      }
    }
    return new Resolved(values, errors);
  }

  /** The merge page, with the editor's choices (or the defaults) and any errors. */
  static <D extends Record> MergePage page(
      ItemFields<D> fields,
      PlanPeople.Who who,
      ItemFields.Saved<D> saved,
      String formAction,
      String planHref,
      int version,
      Map<String, String> yours,
      Map<String, String> choices,
      Map<String, String> combined,
      Map<String, String> errors) {
    Map<String, String> theirs = fields.values(saved.draft());
    List<MergePage.Row> rows = new ArrayList<>();
    List<MergePage.Hidden> hidden = new ArrayList<>();
    List<FormView.ErrorLink> links = new ArrayList<>();
    for (ItemFields.Field field : fields.fields()) {
      String name = field.name();
      String mine = yours.getOrDefault(name, "");
      hidden.add(new MergePage.Hidden("yours-" + name, mine));
      boolean differs = !Objects.equals(theirs.get(name), mine);
      Field choice = null;
      Field text = null;
      List<Choice> options = List.of();
      if (differs) {
        String choiceName = "choice-" + name;
        String chosen = choices.get(name);
        choice =
            new Field(
                choiceName,
                choiceName,
                chosen == null ? List.of() : List.of(chosen),
                errors.get(choiceName));
        List<Choice> offered = new ArrayList<>();
        offered.add(Choice.of(SAVED, "Keep the saved version"));
        offered.add(Choice.of(YOURS, "Use yours"));
        if (field.isText()) {
          String textName = "combined-" + name;
          offered.add(Choice.of(COMBINED, "Write a combined version"));
          text =
              new Field(
                  textName,
                  textName,
                  List.of(combined.getOrDefault(name, mine)),
                  errors.get(textName));
        }
        options = List.copyOf(offered);
        addLink(links, choice);
        if (text != null) {
          addLink(links, text);
        }
      }
      rows.add(
          new MergePage.Row(
              field.label(),
              PlanPresenter.lines(fields.shown(name, theirs.get(name), who)),
              PlanPresenter.lines(fields.shown(name, mine, who)),
              differs,
              choice,
              options,
              text));
    }
    return new MergePage(
        who.personName(),
        fields.kind(),
        saved.title(),
        formAction,
        planHref,
        version,
        who.account(saved.by()),
        PlanDates.dateAndTime(saved.at()),
        List.copyOf(rows),
        List.copyOf(hidden),
        List.copyOf(links));
  }

  private static void addLink(List<FormView.ErrorLink> links, Field field) {
    if (field.error() != null) {
      links.add(new FormView.ErrorLink(field.error(), "#" + field.id()));
    }
  }
}
