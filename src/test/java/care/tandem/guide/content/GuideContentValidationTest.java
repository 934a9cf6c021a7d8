package care.tandem.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each content rule, proved by a small broken set that breaks only that rule. */
class GuideContentValidationTest {

  @TempDir Path folder;

  @Test
  void acceptsTheValidSample() {
    assertThat(ContentFixtures.problemsIn(ContentFixtures.validSet())).isEmpty();
  }

  @Test
  void namesAProblemLinkingToAnUnknownArea() {
    assertThat(problems("unknown-area"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: area: no area has the id 'no-such-area'");
  }

  @Test
  void namesAProblemLinkingToAnUnknownSolution() {
    assertThat(problems("unknown-solution"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: solutions: no solution has the id"
                + " 'no-such-solution'");
  }

  @Test
  void namesAProblemLinkingToAnUnknownBarrier() {
    assertThat(problems("unknown-barrier"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: barriers: no barrier has the id"
                + " 'no-such-barrier'");
  }

  @Test
  void namesAProblemLinkingToAnUnknownExample() {
    assertThat(problems("unknown-example"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: examples: no example has the id"
                + " 'no-such-example'");
  }

  @Test
  void namesASolutionLinkingToAnUnknownPrinciple() {
    assertThat(problems("unknown-principle"))
        .containsExactly(
            "guide/solutions/one-shared-plan.md: principles: no principle has the id 'be-nice'");
  }

  @Test
  void rejectsAnExampleWithoutASource() {
    assertThat(problems("example-without-source"))
        .contains(
            "guide/examples/escape-pain.md: source: is missing",
            "guide/examples/escape-pain.md: source.title: is missing or empty",
            "guide/examples/escape-pain.md: source.url: is missing or empty");
  }

  @Test
  void rejectsAnExampleWhoseSourceIsNotAWebAddress() {
    assertThat(problems("example-source-not-a-web-address"))
        .containsExactly(
            "guide/examples/escape-pain.md: source.url: 'javascript:alert(1)' must be a full web"
                + " address starting https:// or http://");
  }

  @Test
  void rejectsAnEmptyBody() {
    assertThat(problems("empty-body"))
        .containsExactly(
            "guide/areas/joined-up-care.md: body: is empty: write the entry's text below the"
                + " front matter");
  }

  @Test
  void rejectsAnEmptyField() {
    assertThat(problems("empty-summary"))
        .containsExactly("guide/solutions/one-shared-plan.md: summary: is missing or empty");
  }

  @Test
  void rejectsAProblemWithFewerThanTwoSolutions() {
    assertThat(problems("too-few-solutions"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: solutions: needs at least 2 items, has 1");
  }

  @Test
  void rejectsAProblemWithNoBarriers() {
    assertThat(problems("no-barriers"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: barriers: needs at least 1 item, has 0");
  }

  @Test
  void rejectsAProblemWithNoExamples() {
    assertThat(problems("no-examples"))
        .containsExactly(
            "guide/problems/pain-put-down-to-anxiety.md: examples: needs at least 1 item, has 0");
  }

  @Test
  void rejectsABarrierWithNoIdeas() {
    assertThat(problems("barrier-without-ideas"))
        .containsExactly("guide/barriers/separate-records.md: ideas: needs at least 1 item, has 0");
  }

  @Test
  void rejectsAnUnknownRole() {
    assertThat(problems("unknown-role"))
        .singleElement()
        .asString()
        .startsWith("guide/problems/pain-put-down-to-anxiety.md: roles: unknown tag 'surgeon'");
  }

  @Test
  void rejectsAnUnknownSetting() {
    assertThat(problems("unknown-setting"))
        .singleElement()
        .asString()
        .startsWith("guide/problems/pain-put-down-to-anxiety.md: settings: unknown tag 'spa'");
  }

  @Test
  void rejectsTheSameIdUsedTwice() {
    assertThat(problems("duplicate-id"))
        .contains(
            "guide/barriers/separate-records.md: id: 'separate-records' is used by another file");
  }

  @Test
  void rejectsAFileWithoutFrontMatter() {
    assertThat(problems("no-front-matter"))
        .contains(
            "guide/barriers/separate-records.md: front matter: must start with YAML between two"
                + " lines of three dashes");
  }

  @Test
  void rejectsAPrincipleMissingOneOfItsFourSections() {
    assertThat(problems("principle-missing-section"))
        .singleElement()
        .asString()
        .startsWith("principles/context.md: body: must have exactly these level-2 headings");
  }

  @Test
  void rejectsAPrincipleWithAnEmptySection() {
    assertThat(problems("principle-empty-section"))
        .containsExactly(
            "principles/context.md: body: the section 'What it means for practitioners' is empty");
  }

  @Test
  void anEmptyLocationIsAProblemNotAnEmptyGuide() {
    assertThat(ContentFixtures.problemsIn(folder.toUri().toString()))
        .anyMatch(problem -> problem.endsWith("no areas or no problems found in this location"))
        .anyMatch(problem -> problem.endsWith("no principle files found in this location"));
  }

  private List<String> problems(String brokenSet) {
    return ContentFixtures.problemsIn(ContentFixtures.brokenSet(brokenSet, folder));
  }
}
