package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.demo.DemoPeople;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import care.tandem.crawl.SiteClient;
import care.tandem.readability.PageReading.Audience;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages only a signed-in person reaches about their own record (their home, their timeline,
 * their results) are patient-facing: plain English, held to the patient-facing floor like the
 * public pages.
 */
@FullApplicationTest
@PageGate("reading ease")
class PatientPagesReadingEaseTests {

  private static final List<String> PAGES =
      List.of(
          "/home",
          "/people/" + DemoPeople.SAM_TAYLOR + "/timeline",
          "/people/" + DemoPeople.SAM_TAYLOR + "/results",
          "/people/" + DemoPeople.SAM_TAYLOR + "/results/phq-9",
          "/people/" + DemoPeople.SAM_TAYLOR + "/signposts");

  @LocalServerPort int port;

  @Test
  void theDemoPersonsHomeAndTimelineAreInPlainEnglish() {
    SiteClient patient = SiteClient.signedInAs(port, DemoRole.PATIENT);
    List<PageReading> readings = new ArrayList<>();
    for (String path : PAGES) {
      Page page = patient.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      readings.add(
          new PageReading(
              path, Audience.PATIENT_FACING, ReadingEase.of(MainText.of(page.document()))));
    }
    ReadingEase together =
        readings.stream().map(PageReading::ease).reduce(ReadingEase.NONE, ReadingEase::plus);
    PageReading pooled = new PageReading("home and timeline", Audience.PATIENT_FACING, together);

    assertThat(readings).filteredOn(PageReading::belowFloor).extracting(PageReading::row).isEmpty();
    assertThat(pooled.isShort()).isFalse();
    assertThat(pooled.belowFloor()).as(pooled.row()).isFalse();
  }
}
