package care.tandem.coverage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/**
 * What a rendered page is showing, read from its model: a form sent back with mistakes, an error
 * page, a page whose lists are all empty, or a page with content. The model's records are looked
 * into two levels deep, which is where Tandem's view models keep their forms and lists.
 */
public enum PageState {
  CONTENT("with content"),
  EMPTY("empty"),
  FORM_ERRORS("with form errors"),
  ERROR("error page");

  private static final int DEPTH = 2;

  private final String label;

  PageState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PageState fromLabel(String label) {
    for (PageState state : values()) {
      if (state.label.equals(label)) {
        return state;
      }
    }
    throw new IllegalArgumentException(label);
  }

  static PageState of(Map<String, Object> model, int status) {
    if (status >= 400) {
      return ERROR;
    }
    List<Object> parts = new ArrayList<>();
    model.values().forEach(value -> collect(value, DEPTH, parts));
    if (parts.stream().anyMatch(PageState::hasErrors)) {
      return FORM_ERRORS;
    }
    List<Collection<?>> lists =
        parts.stream()
            .<Collection<?>>flatMap(
                part ->
                    part instanceof Collection<?> list
                        ? Optional.<Collection<?>>of(list).stream()
                        : part instanceof Map<?, ?> map
                            ? Optional.<Collection<?>>of(map.values()).stream()
                            : Optional.<Collection<?>>empty().stream())
            .toList();
    return !lists.isEmpty() && lists.stream().allMatch(Collection::isEmpty) ? EMPTY : CONTENT;
  }

  private static void collect(Object value, int depth, List<Object> parts) {
    if (value == null) {
      return;
    }
    parts.add(value);
    if (depth > 0 && value instanceof Record record && !isForm(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          collect(component.getAccessor().invoke(record), depth - 1, parts);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
          // A component that cannot be read says nothing about the page's state.
        }
      }
    }
  }

  private static boolean isForm(Object value) {
    return value.getClass().getSimpleName().equals("FormView");
  }

  private static boolean hasErrors(Object value) {
    if (value instanceof BindingResult result) {
      return result.hasErrors();
    }
    if (isForm(value)) {
      try {
        return (boolean) value.getClass().getMethod("hasErrors").invoke(value);
      } catch (ReflectiveOperationException unreadable) {
        return false;
      }
    }
    return false;
  }
}
