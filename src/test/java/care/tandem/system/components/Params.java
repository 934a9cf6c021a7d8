package care.tandem.system.components;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Template parameters built up from an example; a null value leaves the component's default. */
final class Params {

  private final Map<String, Object> values = new HashMap<>();
  private boolean expressible = true;

  static Params with(String name, @Nullable Object value) {
    return new Params().and(name, value);
  }

  /**
   * Starts with a parameter the component cannot do without: an example that lacks it (because it
   * passed its words as a block of HTML) has no counterpart, and {@link #map()} gives null.
   */
  static Params requiring(String name, @Nullable Object value) {
    Params params = with(name, value);
    params.expressible = value != null;
    return params;
  }

  Params and(String name, @Nullable Object value) {
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  @Nullable Map<String, Object> map() {
    return expressible ? values : null;
  }
}
