package care.tandem.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An action's fields, for merging two edits of it. */
@Component
class ActionFields implements ItemFields<ActionDraft> {

  private static final List<Field> FIELDS =
      List.of(
          new Field(
              "what",
              "Action",
              "Choose which action to keep",
              new Text(
                  300, "Enter what needs to be done", "Action must be 300 characters or fewer")),
          new Field("section", "Section", "Choose which section to keep", null),
          new Field("assignee", "Who will do it", "Choose who will do this", null),
          new Field("dueDate", "Due date", "Choose which due date to keep", null),
          new Field("done", "Done", "Choose whether it is done", null));

  @Override
  public String kind() {
    return "action";
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Map<String, String> values(ActionDraft action) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("what", action.what());
    values.put("section", action.section().name());
    values.put("assignee", PlanText.memberValue(action.assignee()));
    values.put("dueDate", action.dueDate() == null ? "" : action.dueDate().toString());
    values.put("done", String.valueOf(action.done()));
    return values;
  }

  @Override
  public Optional<ActionDraft> draft(Map<String, String> values) {
    String what = PlanText.clean(values.get("what"));
    var section = PlanText.choice(PlanSection.class, values.get("section"));
    var assignee = PlanText.member(values.get("assignee"));
    Optional<Optional<LocalDate>> date = GoalFields.date(values.get("dueDate"));
    String done = values.get("done");
    if (what.isEmpty()
        || what.length() > 300
        || section.isEmpty()
        || assignee.isEmpty()
        || date.isEmpty()
        || !("true".equals(done) || "false".equals(done))) {
      return Optional.empty();
    }
    return Optional.of(
        new ActionDraft(
            section.get(),
            what,
            assignee.get().orElse(null),
            date.get().orElse(null),
            "true".equals(done)));
  }

  @Override
  public String shown(String field, String value, PlanPeople.Who who) {
    return switch (field) {
      case "section" ->
          PlanText.choice(PlanSection.class, value).map(PlanSection::label).orElse(value);
      case "assignee" ->
          PlanText.member(value).map(member -> who.member(member.orElse(null))).orElse(value);
      case "dueDate" ->
          GoalFields.date(value).map(d -> d.map(PlanDates::date).orElse("No date")).orElse(value);
      case "done" -> "true".equals(value) ? "Done" : "Not done yet";
      default -> value;
    };
  }

  @Override
  public Optional<Saved<ActionDraft>> in(CarePlan plan, UUID id) {
    return plan.action(id)
        .map(
            action ->
                new Saved<>(action.draft(), action.what(), action.updatedBy(), action.updatedAt()));
  }
}
