package care.tandem.learning.pathways;

import care.tandem.system.form.FormView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The person's choice of pace and quiet time, as posted. */
public record PaceForm(@Nullable String pace, @Nullable String quietTime) {

  static PaceForm of(Enrolment enrolment) {
    Pace pace = enrolment.pacing().pace();
    return new PaceForm(pace == null ? null : pace.code(), enrolment.quietTime().code());
  }

  Optional<Pace> chosenPace() {
    return Pace.ofCode(pace);
  }

  Optional<QuietTime> chosenQuietTime() {
    return QuietTime.ofCode(quietTime);
  }

  FormView checked() {
    FormView view = FormView.of(this);
    if (chosenPace().isEmpty()) {
      view = view.withError("pace", "Select how often you would like something new");
    }
    if (chosenQuietTime().isEmpty()) {
      view = view.withError("quietTime", "Select when you do not want reminders");
    }
    return view;
  }
}
