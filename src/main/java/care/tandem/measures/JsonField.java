package care.tandem.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON value together with its file and path, so that every fault found while reading an
 * instrument names exactly where it is: {@code phq-9.scoring.json: bands[2].from: ...}.
 */
final class JsonField {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String file;
  private final String path;
  private final @Nullable JsonNode node;

  private JsonField(String file, String path, @Nullable JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  /** Parses a whole file, which must hold one JSON object. */
  static JsonField parse(String file, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new InstrumentFileException(
          file + ": not well-formed JSON: " + e.getOriginalMessage(), e);
    }
    JsonField field = new JsonField(file, "", root);
    if (root == null || !root.isObject()) {
      throw field.fault("must be a JSON object");
    }
    return field;
  }

  /** This field, which must be a JSON object. */
  JsonField object() {
    if (node == null || !node.isObject()) {
      throw fault("must be a JSON object");
    }
    return this;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  boolean has(String name) {
    JsonNode child = node == null ? null : node.get(name);
    return child != null && !child.isNull();
  }

  JsonField field(String name) {
    return new JsonField(file, path.isEmpty() ? name : path + "." + name, child(name));
  }

  /** A required string that is not blank. */
  String text(String name) {
    JsonField field = field(name);
    if (field.node == null || field.node.isNull()) {
      throw field.fault("is missing");
    }
    if (!field.node.isString() || field.node.stringValue().isBlank()) {
      throw field.fault("must be text that is not blank");
    }
    return field.node.stringValue();
  }

  @Nullable String optionalText(String name) {
    return has(name) ? text(name) : null;
  }

  /** A required whole number (1 and 1.0 are both accepted; 1.5 is not). */
  int integer(String name) {
    JsonField field = field(name);
    if (field.node == null || field.node.isNull()) {
      throw field.fault("is missing");
    }
    return field.asInteger();
  }

  @Nullable Integer optionalInteger(String name) {
    return has(name) ? integer(name) : null;
  }

  int asInteger() {
    if (node == null || !node.isNumber()) {
      throw fault("must be a whole number");
    }
    BigDecimal value = node.decimalValue();
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw fault(value.toPlainString() + " is not a whole number");
    }
  }

  boolean bool(String name) {
    JsonField field = field(name);
    if (field.node == null || !field.node.isBoolean()) {
      throw field.fault("must be true or false");
    }
    return field.node.booleanValue();
  }

  /** A required array (it may be empty). */
  List<JsonField> array(String name) {
    JsonField field = field(name);
    if (field.node == null || field.node.isNull()) {
      throw field.fault("is missing");
    }
    if (!field.node.isArray()) {
      throw field.fault("must be a list");
    }
    List<JsonField> items = new ArrayList<>();
    for (int i = 0; i < field.node.size(); i++) {
      items.add(new JsonField(file, field.path + "[" + i + "]", field.node.get(i)));
    }
    return items;
  }

  List<JsonField> optionalArray(String name) {
    return has(name) ? array(name) : List.of();
  }

  /** A list of strings. */
  List<String> texts(String name) {
    List<String> texts = new ArrayList<>();
    for (JsonField item : array(name)) {
      if (item.node == null || !item.node.isString() || item.node.stringValue().isBlank()) {
        throw item.fault("must be text that is not blank");
      }
      texts.add(item.node.stringValue());
    }
    return texts;
  }

  /** A fault at this field: {@code file: path: message}. */
  InstrumentFileException fault(String message) {
    return new InstrumentFileException(
        path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message);
  }

  private @Nullable JsonNode child(String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    return node.get(name);
  }
}
