package care.tandem.plan;

import care.tandem.system.form.FormView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Adding or changing an action. */
record ActionForm(
    @NotBlank(message = "Enter what needs to be done")
        @Size(max = 300, message = "Action must be 300 characters or fewer")
        @Nullable String what,
    @NotBlank(message = "Select a section") @Nullable String section,
    @NotBlank(message = "Select who will do this") @Nullable String assignee,
    @Nullable String dueDateDay,
    @Nullable String dueDateMonth,
    @Nullable String dueDateYear,
    @Nullable String done,
    @Nullable String version,
    @Nullable String idempotencyKey)
    implements ItemForm<ActionDraft> {

  static final String DONE = "done";

  static ActionForm blank(@Nullable PlanSection section, int version) {
    return new ActionForm(
        "",
        section == null ? "" : section.name(),
        "",
        "",
        "",
        "",
        "",
        String.valueOf(version),
        UUID.randomUUID().toString());
  }

  static ActionForm of(ActionDraft action, int version) {
    LocalDate date = action.dueDate();
    return new ActionForm(
        action.what(),
        action.section().name(),
        PlanText.memberValue(action.assignee()),
        date == null ? "" : String.valueOf(date.getDayOfMonth()),
        date == null ? "" : String.valueOf(date.getMonthValue()),
        date == null ? "" : String.valueOf(date.getYear()),
        action.done() ? DONE : "",
        String.valueOf(version),
        UUID.randomUUID().toString());
  }

  @Override
  public Checked<ActionDraft> check(
      BindingResult result, @Nullable LocalDate saved, LocalDate today) {
    FieldCheck fields = new FieldCheck(result);
    String cleanWhat = fields.text("what", what, "Enter what needs to be done");
    Optional<PlanSection> chosenSection = fields.section(section);
    Optional<Optional<UUID>> chosenAssignee =
        fields.member("assignee", assignee, "Select who will do this");
    FormView view = fields.view();
    PlanDate date =
        PlanDate.read("due date", "dueDate", dueDateDay, dueDateMonth, dueDateYear, saved, today);
    if (!date.isValid()) {
      view = view.withError(date.field(), date.error());
    }
    if (view.hasErrors()) {
      return Checked.problems(view, date.wholeDateError());
    }
    return Checked.ok(
        new ActionDraft(
            chosenSection.get(),
            cleanWhat,
            chosenAssignee.get().orElse(null),
            date.date(),
            DONE.equals(done)));
  }
}
