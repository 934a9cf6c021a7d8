package care.tandem.guide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.guide.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GuideWithFixtures
class GuideSearchTest {

  @Autowired MockMvc mvc;

  @Test
  void ranksATitleMatchAboveABodyMatch() throws Exception {
    Document page = search("walking");
    assertThat(page.select("ol li h3 a").eachAttr("href"))
        .containsExactly(
            "/guide/solutions/pace-daily-activity", "/guide/problems/pain-put-down-to-anxiety");
  }

  @Test
  void highlightsMatchingWordsInTitlesAndSnippets() throws Exception {
    Document page = search("walking");
    assertThat(page.select("ol li h3 mark").eachText()).contains("Walking");
    assertThat(page.select("ol li p mark").eachText()).contains("walking");
  }

  @Test
  void findsBarriersByTheirIdeasAndExamplesByTheirOrganisation() throws Exception {
    assertThat(search("longer follow-up").select("ol li h3 a").eachAttr("href"))
        .contains("/guide/barriers/no-time-in-appointments");
    assertThat(search("Keele").select("ol li h3 a").eachAttr("href"))
        .contains("/guide/examples/keele-haywood-msk");
  }

  @Test
  void snippetsShowMarkupFromContentAsTextNeverAsHtml() throws Exception {
    Document page = search("pacing plans");
    assertThat(page.select("main img, main b")).isEmpty();
    assertThat(page.select("ol li p").text()).contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void aQueryWithMarkupIsShownAsText() throws Exception {
    Document page = search("<script>alert(1)</script> walking");
    assertThat(page.select("main script")).isEmpty();
    assertThat(page.select("#q").val()).isEqualTo("<script>alert(1)</script> walking");
  }

  @Test
  void nothingFoundGivesHelpAndWaysToBrowse() throws Exception {
    Document page = search("zebra");
    assertThat(page.select("#results").text()).isEqualTo("No results for ‘zebra’");
    assertThat(page.select("main").text()).contains("check your spelling", "try fewer words");
    assertThat(page.select("main a[href^=/guide/areas/]")).hasSize(2);
  }

  @Test
  void anOverLongQueryGetsAClearErrorNotASearch() throws Exception {
    Document page = search("pain ".repeat(100));
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a[href=#q]").text())
        .isEqualTo("Search words must be 200 characters or fewer");
    assertThat(page.select(".nhsuk-error-message").text()).startsWith("Error:");
    assertThat(page.select("main ol li")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unclosed quote",
        "or or or",
        "-",
        "the",
        "!!!&&&|||:*",
        "pain' ; drop table guide_problem; --",
        "\u0000walking",
        "\uE000walking\uE001",
        "🙂 pain"
      })
  void anyTypedTextGivesAPageNeverAnError(String query) throws Exception {
    Pages.parse(
        mvc.perform(get("/guide/search").param("q", query)).andExpect(status().isOk()).andReturn());
    assertThat(search("walking").select("main ol li")).isNotEmpty();
  }

  @Test
  void anEmptySearchShowsTheBoxAndAreas() throws Exception {
    Document page = search("");
    assertThat(page.select("#q")).hasSize(1);
    assertThat(page.select("#results")).isEmpty();
    assertThat(page.select("main a[href^=/guide/areas/]")).hasSize(2);
  }

  private Document search(String query) throws Exception {
    return Pages.parse(
        mvc.perform(get("/guide/search").param("q", query)).andExpect(status().isOk()).andReturn());
  }
}
