package care.tandem.system.form;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One form field as a template needs it: the id the error summary links to, the name posted back,
 * the value(s) to show again, and its first error message if any.
 */
public record Field(String id, String name, List<String> values, @Nullable String error) {

  public String value() {
    return values.isEmpty() ? "" : values.get(0);
  }

  public boolean hasError() {
    return error != null;
  }

  public boolean isChecked(String option) {
    return values.contains(option);
  }

  /** The error message element's id, for {@code aria-describedby}. */
  public String errorId() {
    return id + "-error";
  }

  /** The hint element's id, for {@code aria-describedby}. */
  public String hintId() {
    return id + "-hint";
  }
}
