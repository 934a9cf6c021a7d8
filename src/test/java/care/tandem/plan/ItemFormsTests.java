package care.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.system.form.FormView;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** The rules goal and action forms share, read through one {@link FieldCheck}. */
class ItemFormsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

  @Test
  void tellsAGoalOfOnlySpacesToEnterAGoal() {
    GoalForm form = goal("   ", "SHARED", "person");

    Checked<GoalDraft> checked = form.check(bound(form), null, TODAY);

    assertThat(checked.hasProblems()).isTrue();
    assertThat(checked.problems().errorSummary())
        .containsExactly(new FormView.ErrorLink("Enter a goal", "#title"));
  }

  @Test
  void keepsTheErrorValidationFoundFirstAndAddsTheRest() {
    ActionForm form = action(" ", "SHARED", "");
    BindingResult result = bound(form);
    result.rejectValue("what", "Size", "Action must be 300 characters or fewer");

    Checked<ActionDraft> checked = form.check(result, null, TODAY);

    assertThat(checked.problems().errorSummary())
        .containsExactly(
            new FormView.ErrorLink("Action must be 300 characters or fewer", "#what"),
            new FormView.ErrorLink("Select who will do this", "#assignee"));
  }

  @Test
  void asksForASectionOfThePlanThatExists() {
    ActionForm form = action("Book a GP review", "ELSEWHERE", "person");

    Checked<ActionDraft> checked = form.check(bound(form), null, TODAY);

    assertThat(checked.problems().errorSummary())
        .containsExactly(new FormView.ErrorLink("Select a section", "#section"));
  }

  @Test
  void readsThePersonAsTheOwnerWithNoTeamMemberNamed() {
    GoalForm form = goal("  Walk Bess to the park  ", "PAIN_AND_PHYSICAL_FUNCTION", "person");

    Checked<GoalDraft> checked = form.check(bound(form), null, TODAY);

    assertThat(checked.hasProblems()).isFalse();
    assertThat(checked.value().title()).isEqualTo("Walk Bess to the park");
    assertThat(Optional.ofNullable(checked.value().owner())).isEmpty();
    assertThat(checked.value().section()).isEqualTo(PlanSection.PAIN_AND_PHYSICAL_FUNCTION);
  }

  private static GoalForm goal(String title, String section, String owner) {
    return new GoalForm(
        title, "Twenty minutes", section, owner, "NOT_STARTED", "12", "6", "2026", "0", null);
  }

  private static ActionForm action(String what, String section, String assignee) {
    return new ActionForm(what, section, assignee, "12", "6", "2026", "", "0", null);
  }

  private static BindingResult bound(Record form) {
    return new DirectFieldBindingResult(form, "form");
  }
}
