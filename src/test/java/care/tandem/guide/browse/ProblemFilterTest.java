package care.tandem.guide.browse;

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
class ProblemFilterTest {

  @Autowired MockMvc mvc;

  @Test
  void listsEveryProblemWithoutFilters() throws Exception {
    assertThat(problems("/guide/problems"))
        .containsExactly("Pain is put down to anxiety", "People are passed between services");
  }

  @Test
  void filtersByRole() throws Exception {
    assertThat(problems("/guide/problems?role=gp")).containsExactly("Pain is put down to anxiety");
  }

  @Test
  void filtersByRoleAndSettingTogether() throws Exception {
    assertThat(problems("/guide/problems?role=volunteer&role=gp&setting=voluntary-sector"))
        .containsExactly("People are passed between services");
  }

  @Test
  void saysSoWhenNothingMatches() throws Exception {
    Document page = page("/guide/problems?role=gp&setting=voluntary-sector");
    assertThat(page.select("main h2").eachText()).contains("No problems match these filters");
    assertThat(page.select("main a[href=/guide/problems]")).isNotEmpty();
  }

  @Test
  void showsTheChosenFiltersAsCheckedBoxesInAPlainGetForm() throws Exception {
    Document page = page("/guide/problems?role=gp&setting=primary-care");
    assertThat(page.select("form[action=/guide/problems]").attr("method")).isEqualTo("get");
    assertThat(page.select("input[type=checkbox][checked]").eachAttr("value"))
        .containsExactly("gp", "primary-care");
    assertThat(page.select("form[action=/guide/problems] button").text())
        .isEqualTo("Apply filters");
  }

  @Test
  void ignoresUnknownFiltersAndSaysSo() throws Exception {
    Document page = page("/guide/problems?role=surgeon&setting=%3Cscript%3E");
    assertThat(page.select(".nhsuk-inset-text").text()).contains("left them out");
    assertThat(page.select("main script")).isEmpty();
    assertThat(page.select(".nhsuk-card__link")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=abc",
        "page=-1",
        "page=0",
        "page=99999999999999999999",
        "page=2",
        "page=1&page=2",
        "role=",
        "role=gp&role=gp&role=gp",
        "setting=%00"
      })
  void oddParametersStillGiveAPage(String query) throws Exception {
    assertThat(page("/guide/problems?" + query).select(".nhsuk-card__link")).isNotEmpty();
  }

  private Document page(String url) throws Exception {
    return Pages.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
  }

  private java.util.List<String> problems(String url) throws Exception {
    return page(url).select(".nhsuk-card__link").eachText();
  }
}
