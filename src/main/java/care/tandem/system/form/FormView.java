package care.tandem.system.form;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form record (and, after a POST, its binding result) shaped for a template: field values to show
 * again and the error summary in the order the fields appear on the page — the one error pattern
 * every form in Tandem uses (see STYLE.md).
 */
public final class FormView {

  private final Map<String, Field> fields;

  private FormView(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** A fresh form for a GET: values from the record, no errors. */
  public static FormView of(Record form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (RecordComponent component : form.getClass().getRecordComponents()) {
      String name = component.getName();
      fields.put(name, new Field(name, name, valuesOf(read(component, form)), null));
    }
    return new FormView(fields);
  }

  /** A form posted back: the values the person typed (even invalid ones) and each first error. */
  public static FormView of(BindingResult result) {
    Object target = result.getTarget();
    if (!(target instanceof Record form)) {
      throw new IllegalArgumentException("Forms are records");
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    for (RecordComponent component : form.getClass().getRecordComponents()) {
      String name = component.getName();
      FieldError error = FirstError.of(result, component);
      Object value = error != null ? error.getRejectedValue() : read(component, form);
      fields.put(
          name,
          new Field(name, name, valuesOf(value), error == null ? null : error.getDefaultMessage()));
    }
    if (result.hasGlobalErrors()) {
      String message = result.getGlobalErrors().get(0).getDefaultMessage();
      fields.putIfAbsent("form", new Field("form", "form", List.of(), message));
    }
    return new FormView(fields);
  }

  /** Adds an error found after validation (for example, by the service). */
  public FormView withError(String field, String message) {
    Map<String, Field> copy = new LinkedHashMap<>(fields);
    Field existing = copy.get(field);
    copy.put(
        field,
        existing == null
            ? new Field(field, field, List.of(), message)
            : new Field(existing.id(), existing.name(), existing.values(), message));
    return new FormView(copy);
  }

  public Field field(String name) {
    Field field = fields.get(name);
    if (field == null) {
      throw new IllegalArgumentException("No field called " + name);
    }
    return field;
  }

  public boolean hasErrors() {
    return fields.values().stream().anyMatch(Field::hasError);
  }

  /** One link per field with an error, in page order, for the error summary. */
  public List<ErrorLink> errorSummary() {
    List<ErrorLink> links = new ArrayList<>();
    for (Field field : fields.values()) {
      if (field.error() != null) {
        links.add(new ErrorLink(field.error(), "#" + field.id()));
      }
    }
    return links;
  }

  /** An entry in the error summary: the message and the id of the field it links to. */
  public record ErrorLink(String text, String href) {}

  private static @Nullable Object read(RecordComponent component, Record form) {
    try {
      // Form records are usually package-private to their controller's package.
      java.lang.reflect.Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(form);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read form field " + component.getName(), e);
    }
  }

  private static List<String> valuesOf(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    if (value instanceof Object[] array) {
      return java.util.Arrays.stream(array).map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }
}
