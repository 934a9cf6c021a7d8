package care.tandem.guide.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.guide.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GuideWithFixtures
class GuideBrowsingTest {

  @Autowired MockMvc mvc;

  @Test
  void guideHomeListsTheAreasInOrderWithASearchBox() throws Exception {
    Document page = page("/guide");
    assertThat(page.select(".nhsuk-card__link").eachText())
        .containsExactly("Seeing the whole person", "Joined-up care between services");
    assertThat(page.select("form[action=/guide/search] input[name=q]")).hasSize(1);
    assertThat(page.select("a[href=/guide/problems?role=gp]")).hasSize(1);
  }

  @Test
  void areaPageListsItsProblems() throws Exception {
    Document page = page("/guide/areas/whole-person");
    assertThat(page.select("h1").text()).isEqualTo("Seeing the whole person");
    assertThat(page.select(".nhsuk-card__link").eachAttr("href"))
        .containsExactly("/guide/problems/pain-put-down-to-anxiety");
  }

  @Test
  void problemPageLeadsFromProblemToSolutionsBarriersExamplesAndPrinciples() throws Exception {
    Document page = page("/guide/problems/pain-put-down-to-anxiety");
    assertThat(page.select("main h2").eachText())
        .containsSubsequence(
            "The problem",
            "Solutions to try",
            "Barriers and ideas to overcome them",
            "Examples to learn from",
            "Related service principles");
    assertThat(section(page, "solutions").select("h3").eachText())
        .containsExactly(
            "Believe and record the pain as real", "Walking and pacing daily activity");
    assertThat(section(page, "barriers").select("li").eachText())
        .containsExactly(
            "Ask one open question about mood at the start.",
            "Book a longer follow-up when needed.");
    assertThat(section(page, "examples").select("a[href^=https://q.health.org.uk/]").text())
        .isEqualTo("Improving mental health awareness and signposting in an MSK setting (Q Lab)");
  }

  @Test
  void problemPageRelatesThePrinciplesOfAllItsSolutionsOnce() throws Exception {
    Document page = page("/guide/problems/pain-put-down-to-anxiety");
    assertThat(section(page, "principles").select("a").eachText())
        .containsExactly(
            "1. Cultivate enabling relationships",
            "3. Learn together and build a shared understanding",
            "4. Jointly explore risks, options and expectations");
  }

  @Test
  void problemPageHasBreadcrumbsBackToItsArea() throws Exception {
    Document page = page("/guide/problems/passed-between-services");
    assertThat(page.select(".nhsuk-breadcrumb__link").eachAttr("href"))
        .containsExactly("/", "/guide", "/guide/areas/joined-up-care");
    assertThat(page.title()).startsWith("People are passed between services");
  }

  @Test
  void contentMarkupIsShownAsTextNeverAsHtml() throws Exception {
    Document page = page("/guide/solutions/pace-daily-activity");
    assertThat(page.select("main img")).isEmpty();
    assertThat(page.select("main").text()).contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void solutionBarrierAndExamplePagesListTheProblemsTheyBelongTo() throws Exception {
    assertThat(page("/guide/solutions/believe-and-record-pain").select(".nhsuk-card__link"))
        .hasSize(2);
    assertThat(page("/guide/barriers/separate-records").select(".nhsuk-card__link").eachText())
        .containsExactly("People are passed between services");
    Document example = page("/guide/examples/escape-pain");
    assertThat(example.select("a[href=https://escape-pain.org/providers/]")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/guide/areas/no-such-area",
        "/guide/problems/no-such-problem",
        "/guide/solutions/no-such-solution",
        "/guide/barriers/no-such-barrier",
        "/guide/examples/no-such-example",
        "/guide/problems/PAIN",
        "/guide/problems/pain put down",
        "/guide/problems/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/guide/problems/' or 1=1 --",
      })
  void unknownOrHostileIdsAreNotFoundOrRejected(String path) throws Exception {
    int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
    assertThat(status).isIn(400, 404);
  }

  @Test
  void anOverLongIdIsNotFound() throws Exception {
    mvc.perform(get("/guide/problems/" + "a".repeat(5000))).andExpect(status().isNotFound());
  }

  private Document page(String path) throws Exception {
    return Pages.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
  }

  private static Element section(Document page, String headingId) {
    return page.selectFirst("section[aria-labelledby=" + headingId + "]");
  }
}
