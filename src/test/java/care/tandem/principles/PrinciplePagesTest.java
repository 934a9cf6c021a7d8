package care.tandem.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.guide.Pages;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GuideWithFixtures
class PrinciplePagesTest {

  @Autowired MockMvc mvc;

  @Test
  void listsTheFivePrinciplesInOrder() throws Exception {
    assertThat(page("/principles").select(".nhsuk-card__link").eachText())
        .containsExactly(
            "1. Cultivate enabling relationships",
            "2. Understand and cater to context",
            "3. Learn together and build a shared understanding",
            "4. Jointly explore risks, options and expectations",
            "5. Collaborate across services and agencies");
  }

  @Test
  void principlePageHasItsFourSectionsAndTheSolutionsThatServeIt() throws Exception {
    Document page = page("/principles/enabling-relationships");
    assertThat(page.select("main h2").eachText())
        .containsExactly(
            "What it means for the person",
            "What it means for practitioners",
            "What it means for service leads and commissioners",
            "Signs it is happening",
            "Solutions in the guide that serve this principle");
    assertThat(page.select("section[aria-labelledby=signs] li").eachText())
        .containsExactly("People say they felt heard.", "Plans are shared.");
    assertThat(page.select("section[aria-labelledby=solutions] a").eachAttr("href"))
        .containsExactly("/guide/solutions/believe-and-record-pain");
  }

  @Test
  void unknownPrinciplesAreNotFound() throws Exception {
    mvc.perform(get("/principles/no-such-principle")).andExpect(status().isNotFound());
    mvc.perform(get("/principles/" + "x".repeat(300))).andExpect(status().isNotFound());
  }

  @Test
  void headerLinksToGuideAndPrinciplesForEveryoneAndThePlanFirstForPractitioners()
      throws Exception {
    assertThat(navigation(page("/principles"))).containsSubsequence("Guide", "Principles");
    assertThat(navigation(page("/principles"))).doesNotContain("My plan");
    Document practitioner =
        Pages.parse(mvc.perform(get("/principles").with(as("ROLE_PRACTITIONER"))).andReturn());
    assertThat(navigation(practitioner)).containsSubsequence("My plan", "Guide", "Principles");
    Document patient =
        Pages.parse(mvc.perform(get("/principles").with(as("ROLE_PATIENT"))).andReturn());
    assertThat(navigation(patient)).doesNotContain("My plan");
  }

  private static List<String> navigation(Document page) {
    return page.select(".nhsuk-header__navigation-link").eachText();
  }

  private static RequestPostProcessor as(String role) {
    return authentication(
        new UsernamePasswordAuthenticationToken(
            UUID.randomUUID().toString(), null, List.of(new SimpleGrantedAuthority(role))));
  }

  private Document page(String url) throws Exception {
    return Pages.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
  }
}
