package care.tandem.system.components;

import care.tandem.system.components.DesignSystemFixtures.Fixture;
import care.tandem.system.form.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Our form components, fed a {@link Field} built from each design-system example's options, produce
 * that example's HTML: label, hint, error message, error classes and aria-describedby.
 */
class FormComponentsMarkupTest {

  private static final Set<String> LABEL =
      Set.of(
          "label.heading",
          "label.text",
          "label.size",
          "hint",
          "hint.text",
          "errorMessage",
          "errorMessage.text",
          "id",
          "name");
  private static final Set<String> LEGEND =
      Set.of(
          "fieldset.legend",
          "fieldset.legend.heading",
          "fieldset.legend.text",
          "fieldset.legend.size",
          "hint",
          "hint.text",
          "errorMessage",
          "errorMessage.text");

  @TestFactory
  Stream<DynamicTest> textInputMatchesTheDesignSystem() {
    Set<String> options =
        union(
            LABEL,
            "width",
            "code:bool",
            "inputmode",
            "spellcheck:bool",
            "autocomplete",
            "classes",
            "type",
            "value");
    return Examples.of("input", options, this::textInput, "textInput", 20);
  }

  @TestFactory
  Stream<DynamicTest> textareaMatchesTheDesignSystem() {
    return Examples.of(
        "textarea", union(LABEL, "rows", "autocomplete", "value"), this::textarea, "textarea", 8);
  }

  @TestFactory
  Stream<DynamicTest> selectMatchesTheDesignSystem() {
    Set<String> options =
        union(LABEL, "value", "items[].value", "items[].text", "items[].divider:bool");
    return Examples.of("select", options, this::select, "select", 10);
  }

  @TestFactory
  Stream<DynamicTest> radiosMatchTheDesignSystem() {
    Set<String> options =
        union(
            LEGEND,
            "idPrefix",
            "name",
            "value",
            "inline:bool",
            "small:bool",
            "items[].value",
            "items[].text",
            "items[].hint.text",
            "items[].divider");
    return Examples.of("radios", options, fixture -> choices(fixture), "radios", 20);
  }

  @TestFactory
  Stream<DynamicTest> checkboxesMatchTheDesignSystem() {
    Set<String> options =
        union(
            LEGEND,
            "idPrefix",
            "name",
            "values[]",
            "inline:bool",
            "small:bool",
            "items[].value",
            "items[].text",
            "items[].hint.text",
            "items[].divider",
            "items[].behaviour");
    return Examples.of("checkboxes", options, fixture -> choices(fixture), "checkboxes", 20);
  }

  @TestFactory
  Stream<DynamicTest> dateInputMatchesTheDesignSystem() {
    Set<String> options =
        union(LEGEND, "id", "values.day", "values.month", "values.year", "day:bool");
    for (String part : List.of("day", "month", "year")) {
      options = union(options, part + ".value", part + ".error:bool", part + ".autocomplete");
    }
    return Examples.of("date-input", options, this::dateInput, "dateInput", 12);
  }

  private Map<String, ?> textInput(Fixture fixture) {
    String classes = fixture.text("/classes");
    if (classes != null && classes.contains("nhsuk-input--width-") && fixture.has("/width")) {
      return null; // The design system lets a class override the width option; we offer one way.
    }
    return labelled(fixture, field(fixture, "/id", optional(fixture.text("/value"))))
        .and("width", fixture.has("/width") ? fixture.context().get("width").asInt() : null)
        .and("code", fixture.flag("/code"))
        .and("inputmode", fixture.text("/inputmode"))
        .and("spellcheck", fixture.has("/spellcheck") ? fixture.flag("/spellcheck") : null)
        .and("autocomplete", fixture.text("/autocomplete"))
        .and("classes", fixture.text("/classes"))
        .and("type", fixture.text("/type"))
        .map();
  }

  private Map<String, ?> textarea(Fixture fixture) {
    return labelled(fixture, field(fixture, "/id", optional(fixture.text("/value"))))
        .and("rows", fixture.has("/rows") ? fixture.context().get("rows").asInt() : null)
        .and("autocomplete", fixture.text("/autocomplete"))
        .map();
  }

  private Map<String, ?> select(Fixture fixture) {
    List<Choice> options = new ArrayList<>();
    for (JsonNode item : fixture.context().get("items")) {
      options.add(
          item.path("divider").asBoolean(false)
              ? Choice.divider("")
              : Choice.of(item.get("value").asString(), item.get("text").asString()));
    }
    return labelled(fixture, field(fixture, "/id", optional(fixture.text("/value"))))
        .and("options", options)
        .map();
  }

  private Map<String, ?> choices(Fixture fixture) {
    List<Choice> choices = new ArrayList<>();
    for (JsonNode item : fixture.context().get("items")) {
      if (item.has("divider")) {
        choices.add(Choice.divider(item.get("divider").asString()));
      } else if ("exclusive".equals(item.path("behaviour").asString(null))) {
        choices.add(Choice.exclusive(item.get("value").asString(), item.get("text").asString()));
      } else if (item.has("behaviour")) {
        return null;
      } else {
        choices.add(
            new Choice(
                item.get("value").asString(),
                item.get("text").asString(),
                item.at("/hint/text").asString(null),
                false,
                false));
      }
    }
    List<String> values = new ArrayList<>();
    fixture.context().path("values").values().forEach(value -> values.add(value.asString()));
    values.addAll(optional(fixture.text("/value")));
    return legended(fixture)
        .and("field", field(fixture, "/idPrefix", values))
        .and("choices", choices)
        .and("inline", fixture.flag("/inline"))
        .and("small", fixture.flag("/small"))
        .map();
  }

  private Map<String, ?> dateInput(Fixture fixture) {
    String id = fixture.text("/id");
    String error = errorMessage(fixture);
    boolean partInError =
        Stream.of("day", "month", "year").anyMatch(part -> fixture.flag("/" + part + "/error"));
    if (partInError && error == null) {
      return null; // An error is always a message to the person, never just a red border.
    }
    Params params = legended(fixture).and("id", id).and("error", partInError ? null : error);
    for (String part : List.of("day", "month", "year")) {
      if (fixture.has("/" + part) && fixture.context().get(part).isBoolean()) {
        continue; // "day": false leaves the day out
      }
      String value =
          fixture.has("/" + part + "/value")
              ? fixture.text("/" + part + "/value")
              : fixture.text("/values/" + part);
      boolean inError = fixture.flag("/" + part + "/error");
      params.and(
          part,
          new Field(
              id + "-" + part,
              part,
              value == null ? List.of() : List.of(value),
              inError ? error : null));
    }
    return params.and("dateOfBirth", fixture.has("/day/autocomplete")).map();
  }

  private static Params labelled(Fixture fixture, Field field) {
    boolean heading = fixture.has("/label/heading");
    return Params.with("field", field)
        .and("label", heading ? fixture.text("/label/heading") : fixture.text("/label/text"))
        .and("labelSize", fixture.text("/label/size"))
        .and("isPageHeading", heading)
        .and("hint", hint(fixture));
  }

  private static Params legended(Fixture fixture) {
    JsonNode legend = fixture.context().at("/fieldset/legend");
    boolean heading = legend.has("heading");
    return Params.with(
            "legend",
            legend.isString()
                ? legend.asString()
                : heading ? legend.get("heading").asString() : legend.path("text").asString())
        .and("legendSize", legend.path("size").asString(null))
        .and("isPageHeading", heading)
        .and("hint", hint(fixture));
  }

  private static Field field(Fixture fixture, String idPath, List<String> values) {
    String name = fixture.text("/name");
    String id = fixture.has(idPath) ? fixture.text(idPath) : name;
    return new Field(
        id, name, values.stream().filter(value -> value != null).toList(), errorMessage(fixture));
  }

  private static @Nullable String hint(Fixture fixture) {
    return fixture.has("/hint/text") ? fixture.text("/hint/text") : fixture.text("/hint");
  }

  private static @Nullable String errorMessage(Fixture fixture) {
    return fixture.has("/errorMessage/text")
        ? fixture.text("/errorMessage/text")
        : fixture.text("/errorMessage");
  }

  private static List<String> optional(@Nullable String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(List.of(more));
    return all;
  }
}
