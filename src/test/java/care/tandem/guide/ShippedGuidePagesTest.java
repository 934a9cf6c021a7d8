package care.tandem.guide;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shipped guide and principles, loaded at start and served: every page reachable from the guide
 * works. Same set-up as {@code ApplicationTests}, so both share one application.
 */
@FullApplicationTest
class ShippedGuidePagesTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyGuideAndPrinciplePageLinkedFromTheGuideHomeWorks() throws Exception {
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add("/guide");
    queue.add("/principles");
    while (!queue.isEmpty()) {
      String path = queue.poll();
      if (seen.add(path)) {
        page(path)
            .select("main a[href^=/guide/], main a[href^=/principles/]")
            .eachAttr("href")
            .stream()
            .filter(href -> !href.startsWith("/guide/plan"))
            .forEach(queue::add);
      }
    }
    assertThat(seen.stream().filter(path -> path.startsWith("/guide/problems/")))
        .hasSizeGreaterThanOrEqualTo(24);
    assertThat(seen.stream().filter(path -> path.startsWith("/principles/"))).hasSize(5);
  }

  @Test
  void longProblemListsArePaginated() throws Exception {
    Document first = page("/guide/problems");
    assertThat(first.select(".nhsuk-card__link")).hasSize(10);
    assertThat(first.select("#results").text()).startsWith("Showing 1 to 10 of");
    assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/guide/problems?page=2");
  }

  @Test
  void searchFindsShippedContent() throws Exception {
    assertThat(
            page("/guide/search?q=" + URLEncoder.encode("pain and anxiety", StandardCharsets.UTF_8))
                .select("main ol li mark"))
        .isNotEmpty();
  }

  /** A page that must load, with one H1 and a title. */
  private Document page(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1")).as("one H1 on " + path).hasSize(1);
    assertThat(page.title()).as("title of " + path).isNotBlank();
    return page;
  }
}
