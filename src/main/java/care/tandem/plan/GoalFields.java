package care.tandem.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A goal's fields, for merging two edits of it. */
@Component
class GoalFields implements ItemFields<GoalDraft> {

  private static final List<Field> FIELDS =
      List.of(
          new Field(
              "title",
              "Goal",
              "Choose which goal to keep",
              new Text(200, "Enter a goal", "Goal must be 200 characters or fewer")),
          new Field(
              "target",
              "How you will know",
              "Choose how you will know the goal is met",
              new Text(
                  500,
                  "Enter how you will know the goal is met",
                  "How you will know must be 500 characters or fewer")),
          new Field("section", "Section", "Choose which section to keep", null),
          new Field("owner", "Owner", "Choose who owns this goal", null),
          new Field("status", "Status", "Choose which status to keep", null),
          new Field("reviewDate", "Review date", "Choose which review date to keep", null));

  @Override
  public String kind() {
    return "goal";
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Map<String, String> values(GoalDraft goal) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", goal.title());
    values.put("target", goal.target());
    values.put("section", goal.section().name());
    values.put("owner", PlanText.memberValue(goal.owner()));
    values.put("status", goal.status().name());
    values.put("reviewDate", goal.reviewDate() == null ? "" : goal.reviewDate().toString());
    return values;
  }

  @Override
  public Optional<GoalDraft> draft(Map<String, String> values) {
    String title = PlanText.clean(values.get("title"));
    String target = PlanText.clean(values.get("target"));
    var section = PlanText.choice(PlanSection.class, values.get("section"));
    var owner = PlanText.member(values.get("owner"));
    var status = PlanText.choice(GoalStatus.class, values.get("status"));
    Optional<Optional<LocalDate>> date = date(values.get("reviewDate"));
    if (title.isEmpty()
        || title.length() > 200
        || target.length() > 500
        || section.isEmpty()
        || owner.isEmpty()
        || status.isEmpty()
        || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new GoalDraft(
            section.get(),
            title,
            target,
            owner.get().orElse(null),
            status.get(),
            date.get().orElse(null)));
  }

  @Override
  public String shown(String field, String value, PlanPeople.Who who) {
    return switch (field) {
      case "section" ->
          PlanText.choice(PlanSection.class, value).map(PlanSection::label).orElse(value);
      case "owner" ->
          PlanText.member(value).map(member -> who.member(member.orElse(null))).orElse(value);
      case "status" ->
          PlanText.choice(GoalStatus.class, value).map(GoalStatus::label).orElse(value);
      case "reviewDate" ->
          date(value).map(d -> d.map(PlanDates::date).orElse("Not set")).orElse(value);
      default -> value;
    };
  }

  @Override
  public Optional<Saved<GoalDraft>> in(CarePlan plan, UUID id) {
    return plan.goal(id)
        .map(goal -> new Saved<>(goal.draft(), goal.title(), goal.updatedBy(), goal.updatedAt()));
  }

  /** A date as forms post it: empty for none; empty optional for one that is not a date. */
  static Optional<Optional<LocalDate>> date(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(LocalDate.parse(value)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
