package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAdviceTest {

  private static final List<NavigationContributor.Link> LINKS =
      List.of(
          new NavigationContributor.Link("Guide", "/guide"),
          new NavigationContributor.Link("My plan", "/guide/plan"),
          new NavigationContributor.Link("Principles", "/principles"));

  @Test
  void marksOnlyTheMostSpecificSectionAsCurrent() {
    assertThat(LayoutAdvice.currentHref("/guide/plan/print", LINKS)).isEqualTo("/guide/plan");
    assertThat(LayoutAdvice.currentHref("/guide/problems/x", LINKS)).isEqualTo("/guide");
    assertThat(LayoutAdvice.currentHref("/guide", LINKS)).isEqualTo("/guide");
  }

  @Test
  void doesNotTreatALookAlikePathAsTheSameSection() {
    assertThat(LayoutAdvice.currentHref("/guidelines", LINKS)).isNull();
    assertThat(LayoutAdvice.currentHref("/", LINKS)).isNull();
  }
}
