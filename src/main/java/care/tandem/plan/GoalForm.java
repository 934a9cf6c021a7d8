package care.tandem.plan;

import care.tandem.system.form.FormView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Adding or changing a goal. */
record GoalForm(
    @NotBlank(message = "Enter a goal")
        @Size(max = 200, message = "Goal must be 200 characters or fewer")
        @Nullable String title,
    @NotBlank(message = "Enter how you will know the goal is met")
        @Size(max = 500, message = "How you will know must be 500 characters or fewer")
        @Nullable String target,
    @NotBlank(message = "Select a section") @Nullable String section,
    @NotBlank(message = "Select who owns this goal") @Nullable String owner,
    @NotBlank(message = "Select the goal's status") @Nullable String status,
    @Nullable String reviewDateDay,
    @Nullable String reviewDateMonth,
    @Nullable String reviewDateYear,
    @Nullable String version,
    @Nullable String idempotencyKey)
    implements ItemForm<GoalDraft> {

  static GoalForm blank(@Nullable PlanSection section, @Nullable UUID owner, int version) {
    return new GoalForm(
        "",
        "",
        section == null ? "" : section.name(),
        owner == null ? "" : owner.toString(),
        GoalStatus.NOT_STARTED.name(),
        "",
        "",
        "",
        String.valueOf(version),
        UUID.randomUUID().toString());
  }

  static GoalForm of(GoalDraft goal, int version) {
    LocalDate date = goal.reviewDate();
    return new GoalForm(
        goal.title(),
        goal.target(),
        goal.section().name(),
        PlanText.memberValue(goal.owner()),
        goal.status().name(),
        date == null ? "" : String.valueOf(date.getDayOfMonth()),
        date == null ? "" : String.valueOf(date.getMonthValue()),
        date == null ? "" : String.valueOf(date.getYear()),
        String.valueOf(version),
        UUID.randomUUID().toString());
  }

  @Override
  public Checked<GoalDraft> check(
      BindingResult result, @Nullable LocalDate saved, LocalDate today) {
    FieldCheck fields = new FieldCheck(result);
    String cleanTitle = fields.text("title", title, "Enter a goal");
    Optional<PlanSection> chosenSection = fields.section(section);
    Optional<Optional<UUID>> chosenOwner =
        fields.member("owner", owner, "Select who owns this goal");
    Optional<GoalStatus> chosenStatus =
        fields.choice("status", GoalStatus.class, status, "Select the goal's status");
    FormView view = fields.view();
    PlanDate date =
        PlanDate.read(
            "review date",
            "reviewDate",
            reviewDateDay,
            reviewDateMonth,
            reviewDateYear,
            saved,
            today);
    if (!date.isValid()) {
      view = view.withError(date.field(), date.error());
    }
    if (view.hasErrors()) {
      return Checked.problems(view, date.wholeDateError());
    }
    return Checked.ok(
        new GoalDraft(
            chosenSection.get(),
            cleanTitle,
            PlanText.clean(target),
            chosenOwner.get().orElse(null),
            chosenStatus.get(),
            date.date()));
  }
}
