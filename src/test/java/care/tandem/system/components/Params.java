package care.tandem.system.components;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Template parameters built up from an example; a null value leaves the component's default. */
final class Params {

  private final Map<String, Object> values = new HashMap<>();

  static Params with(String name, @Nullable Object value) {
    return new Params().and(name, value);
  }

  Params and(String name, @Nullable Object value) {
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  Map<String, Object> map() {
    return values;
  }
}
