package care.tandem.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Reads a rendered page the way tests need it, checking what every page must have. */
public final class Pages {

  private Pages() {}

  /** The page as a document, after checking it has exactly one H1 and a title. */
  public static Document parse(MvcResult result) throws Exception {
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("h1")).as("one H1").hasSize(1);
    assertThat(page.title()).as("title").isNotBlank();
    return page;
  }
}
