package care.tandem.system.form;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one error shown for a field when several of its constraints fail: the first in the order they
 * are written on the form record (say {@code @Size} before {@code @Email}, so a long address is
 * told it is too long rather than malformed). Bean Validation reports them in no fixed order.
 */
final class FirstError {

  private FirstError() {}

  static @Nullable FieldError of(BindingResult result, RecordComponent component) {
    List<FieldError> errors = result.getFieldErrors(component.getName());
    if (errors.size() < 2) {
      return errors.isEmpty() ? null : errors.get(0);
    }
    List<String> written = constraintsInOrder(component.getAccessor());
    // Errors not from a constraint (a value that could not be bound) come first.
    return errors.stream()
        .min(Comparator.comparingInt(error -> written.indexOf(error.getCode())))
        .orElseThrow();
  }

  private static List<String> constraintsInOrder(Method accessor) {
    List<String> names = new ArrayList<>();
    for (Annotation annotation : accessor.getAnnotations()) {
      Class<?> type = annotation.annotationType();
      // A repeated constraint is held in its List container: name the constraint, not "List".
      Class<?> container = type.getEnclosingClass();
      names.add(
          type.getSimpleName().equals("List") && container != null
              ? container.getSimpleName()
              : type.getSimpleName());
    }
    return names;
  }
}
