package care.tandem.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.guide.content.GuideContent.Example;
import care.tandem.guide.content.GuideContent.Problem;
import care.tandem.principles.PrincipleContent;
import care.tandem.system.content.ContentProblems;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The guide and principles that ship with Tandem: every content rule holds, so the build fails on a
 * broken link, an example without a source or an empty section, and the counts are met.
 */
class ShippedContentTest {

  private static final String SHIPPED = "classpath:";

  private final GuideContent guide = ContentFixtures.guideIn(SHIPPED);

  @Test
  void breaksNoContentRule() {
    assertThat(ContentFixtures.problemsIn(SHIPPED)).isEmpty();
  }

  @Test
  void hasTheSixAreasInTheAgreedOrder() {
    assertThat(
            guide.areas().stream()
                .sorted(Comparator.comparingInt(GuideContent.Area::order))
                .map(GuideContent.Area::id))
        .containsExactly(
            "whole-person",
            "talking-about-it",
            "joined-up-care",
            "information-without-overwhelm",
            "staff-confidence",
            "access-and-local-support");
  }

  @Test
  void hasAtLeast24ProblemsEachWithSolutionsBarriersAndExamples() {
    assertThat(guide.problems()).hasSizeGreaterThanOrEqualTo(24);
    for (Problem problem : guide.problems()) {
      assertThat(problem.solutions()).as(problem.file()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(problem.barriers()).as(problem.file()).isNotEmpty();
      assertThat(problem.examples()).as(problem.file()).isNotEmpty();
      assertThat(problem.roles()).as(problem.file()).isNotEmpty();
      assertThat(problem.settings()).as(problem.file()).isNotEmpty();
    }
  }

  @Test
  void everyBarrierHasAnIdea() {
    assertThat(guide.barriers()).allSatisfy(barrier -> assertThat(barrier.ideas()).isNotEmpty());
  }

  @Test
  void includesAllFiveTestTeamsAndAtLeastFiveOtherProgrammes() {
    List<String> testTeams =
        guide.examples().stream()
            .filter(example -> Example.TEST_TEAM.equals(example.kind()))
            .map(Example::id)
            .toList();
    assertThat(testTeams)
        .contains(
            "hin-physio-training",
            "hin-sydenham-garden-jpa",
            "keele-haywood-msk",
            "powys-pain-fatigue",
            "rjah-leaflet");
    assertThat(guide.examples().stream().filter(e -> Example.PROGRAMME.equals(e.kind())))
        .hasSizeGreaterThanOrEqualTo(5)
        .extracting(Example::id)
        .contains(
            "escape-pain",
            "joint-pain-advice",
            "talking-therapies-ltc-pathway",
            "start-back-stratified-care");
  }

  @Test
  void everySolutionBarrierAndExampleBelongsToAProblem() {
    assertThat(guide.solutions())
        .extracting(GuideContent.Solution::id)
        .allMatch(id -> guide.problems().stream().anyMatch(p -> p.solutions().contains(id)));
    assertThat(guide.barriers())
        .extracting(GuideContent.Barrier::id)
        .allMatch(id -> guide.problems().stream().anyMatch(p -> p.barriers().contains(id)));
    assertThat(guide.examples())
        .extracting(Example::id)
        .allMatch(id -> guide.problems().stream().anyMatch(p -> p.examples().contains(id)));
  }

  @Test
  void hasTheFiveServicePrinciples() {
    var principles =
        PrincipleContent.read(
            new PathMatchingResourcePatternResolver(),
            "classpath:principles/",
            new ContentProblems());
    assertThat(principles.ids())
        .containsExactlyInAnyOrder(
            "enabling-relationships",
            "context",
            "shared-understanding",
            "risks-options-expectations",
            "collaborate-across-services");
  }
}
