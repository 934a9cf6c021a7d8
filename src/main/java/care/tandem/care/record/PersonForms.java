package care.tandem.care.record;

import care.tandem.care.ContactMethod;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** The person form's choices, and its errors from validation and from {@link PersonForm#check}. */
final class PersonForms {

  private PersonForms() {}

  static final List<Choice> CONTACT_CHOICES =
      Arrays.stream(ContactMethod.values()).map(m -> Choice.of(m.name(), m.label())).toList();

  /** Bean Validation's errors, then the checked ones for fields that have none yet. */
  static FormView withErrors(BindingResult result, Map<String, String> checked) {
    FormView view = FormView.of(result);
    for (Map.Entry<String, String> error : checked.entrySet()) {
      if (!view.field(error.getKey()).hasError()) {
        view = view.withError(error.getKey(), error.getValue());
      }
    }
    return view;
  }
}
