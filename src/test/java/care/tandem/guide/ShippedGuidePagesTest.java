package care.tandem.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The shipped guide and principles, loaded at start and served: every page reachable works. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ShippedGuidePagesTest {

  @Autowired MockMvc mvc;

  @Test
  void everyGuideAndPrinciplePageLinkedFromTheGuideHomeWorks() throws Exception {
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add("/guide");
    queue.add("/principles");
    while (!queue.isEmpty()) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      Document page = Pages.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
      page.select("main a[href^=/guide/], main a[href^=/principles/]").eachAttr("href").stream()
          .filter(href -> !href.startsWith("/guide/plan"))
          .forEach(queue::add);
    }
    assertThat(seen.stream().filter(path -> path.startsWith("/guide/problems/")))
        .hasSizeGreaterThanOrEqualTo(24);
    assertThat(seen.stream().filter(path -> path.startsWith("/principles/"))).hasSize(5);
  }

  @Test
  void longProblemListsArePaginated() throws Exception {
    Document first =
        Pages.parse(mvc.perform(get("/guide/problems")).andExpect(status().isOk()).andReturn());
    assertThat(first.select(".nhsuk-card__link")).hasSize(10);
    assertThat(first.select("#results").text()).startsWith("Showing 1 to 10 of");
    assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/guide/problems?page=2");
  }

  @Test
  void searchFindsShippedContent() throws Exception {
    Document page =
        Pages.parse(
            mvc.perform(get("/guide/search").param("q", "anxiety"))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select("main ol li mark")).isNotEmpty();
  }
}
