package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.directory.DirectoryFixtures;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anyone can report a problem with a directory listing, signed in or not, so the report page and
 * its thank-you are patient-facing: held to the patient-facing floor.
 */
@FullApplicationTest
@PageGate("reading ease")
class ProblemReportReadingEaseTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theReportPageAndItsThankYouAreInPlainEnglish() throws Exception {
    UUID id = new DirectoryFixtures(jdbc).service("Walk and Talk").save();
    for (String path :
        new String[] {
          "/directory/services/" + id + "/report", "/directory/services/" + id + "/report?sent=yes"
        }) {
      String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
      double score = ReadingEase.of(MainText.of(Jsoup.parse(html))).score();
      assertThat(score).as(path).isGreaterThanOrEqualTo(60.0);
    }
  }
}
