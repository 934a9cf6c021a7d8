package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;

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

  @Test
  void putsTheViewersOwnLinksFirstSoAPhoneDoesNotFoldThemUnderMore() {
    NavigationContributor guide = contributor("Guide", false);
    NavigationContributor principles = contributor("Principles", false);
    NavigationContributor record = contributor("My record", true);
    NavigationContributor messages = contributor("Messages", true);

    assertThat(LayoutAdvice.ownLinksFirst(List.of(guide, record, principles, messages)))
        .containsExactly(record, messages, guide, principles);
  }

  private static NavigationContributor contributor(String label, boolean own) {
    return new NavigationContributor() {
      @Override
      public List<Link> linksFor(Authentication viewer) {
        return List.of(new Link(label, "/" + label));
      }

      @Override
      public boolean ownLinks() {
        return own;
      }
    };
  }
}
