package care.tandem.system.components;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.system.components.DesignSystemFixtures.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a component's design-system examples into tests: each example our component can express is
 * rendered from the same options and compared with the example's HTML.
 */
final class Examples {

  private Examples() {}

  /**
   * @param options the option paths our component supports (see {@link DesignSystemFixtures#shape})
   * @param params our component's parameters for an example's options, or null when the example
   *     combines supported options in a way the component deliberately does not offer
   * @param atLeast how many examples must be compared, so the test cannot pass on none
   */
  static Stream<DynamicTest> of(
      String component,
      Set<String> options,
      Function<Fixture, Map<String, ?>> params,
      String template,
      int atLeast) {
    List<Fixture> compared =
        DesignSystemFixtures.fixtures(component).stream()
            .filter(fixture -> options.containsAll(DesignSystemFixtures.shape(fixture.context())))
            .filter(fixture -> params.apply(fixture) != null)
            .toList();
    assertThat(compared)
        .as("examples of %s we can compare", component)
        .hasSizeGreaterThanOrEqualTo(atLeast);
    return compared.stream()
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    component + ": " + fixture.name() + " " + fixture.context(),
                    () ->
                        assertThat(
                                DesignSystemFixtures.canonical(
                                    Render.component(template, params.apply(fixture))))
                            .isEqualTo(DesignSystemFixtures.canonical(fixture.html()))));
  }
}
