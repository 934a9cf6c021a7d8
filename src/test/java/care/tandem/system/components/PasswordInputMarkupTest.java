package care.tandem.system.components;

import care.tandem.system.components.DesignSystemFixtures.Fixture;
import care.tandem.system.form.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The password input produces the design system's HTML for every example it can express. It never
 * takes a value (a password is never sent back to the browser), nor the prefix, translation or
 * disabled options, which Tandem does not use.
 */
class PasswordInputMarkupTest {

  @TestFactory
  Stream<DynamicTest> passwordInputMatchesTheDesignSystem() {
    Set<String> options =
        Set.of(
            "label",
            "label.heading",
            "label.text",
            "label.size",
            "hint",
            "hint.text",
            "errorMessage",
            "errorMessage.text",
            "id",
            "name",
            "autocomplete",
            "width");
    return Examples.of("password-input", options, this::params, "passwordInput", 10);
  }

  private Map<String, ?> params(Fixture fixture) {
    if (fixture.context().path("errorMessage").isBoolean()) {
      return null; // An error is always a message to the person, never just a red border.
    }
    String name = fixture.text("/name");
    String id = fixture.has("/id") ? fixture.text("/id") : name;
    String error =
        fixture.has("/errorMessage/text")
            ? fixture.text("/errorMessage/text")
            : fixture.text("/errorMessage");
    boolean heading = fixture.has("/label/heading");
    return Params.with("field", new Field(id, name, List.of(), error))
        .and(
            "label",
            heading
                ? fixture.text("/label/heading")
                : fixture.has("/label/text") ? fixture.text("/label/text") : fixture.text("/label"))
        .and("labelSize", fixture.text("/label/size"))
        .and("isPageHeading", heading)
        .and("hint", fixture.has("/hint/text") ? fixture.text("/hint/text") : fixture.text("/hint"))
        .and(
            "autocomplete",
            fixture.has("/autocomplete") ? fixture.text("/autocomplete") : "current-password")
        .and("width", fixture.has("/width") ? fixture.context().get("width").asInt() : 0)
        .map();
  }
}
