package care.tandem.browser;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.SiteClient;
import care.tandem.directory.DirectoryFixtures;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory editors' pages with listings in them (a crawl of an empty directory sees none), and
 * the report page with its mistakes and thank-you, have no axe-core violations.
 */
@FullApplicationTest
@PageGate("axe")
class CuratingAccessibilityTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void curatingPagesWithListingsAndMistakesHaveNoAxeViolations() {
    DirectoryFixtures fixtures = new DirectoryFixtures(jdbc);
    fixtures.postcode("ST5 5BG", 53.00335, -2.27269);
    UUID id =
        fixtures
            .service("Axe Walkers")
            .at("ST5 5BG", 53.0, -2.27)
            .opens("TU", "10:00", "12:00")
            .verifiedOn(LocalDate.of(2001, 1, 1))
            .save();
    UUID report = UUID.randomUUID();
    jdbc.sql(
            "insert into directory_problem_report (id, service_id, description, reported_at,"
                + " idempotency_key) values (?, ?, 'The phone number is wrong', ?, ?)")
        .params(report, id, Timestamp.from(Instant.now()), UUID.randomUUID())
        .update();

    browser.useSessionOf(SiteClient.signedInAs(port, DemoRole.SERVICE_LEAD));
    for (String path :
        new String[] {
          "/directory/services/new",
          "/directory/services/" + id + "/edit",
          "/directory/review",
          "/directory/review/reports/" + report
        }) {
      browser.open(path);
      Axe.assertNoViolations(browser.driver());
    }
    browser.open("/directory/services/new");
    browser.fillIn("Service name", "");
    browser.submitFormOf("Service name");
    Axe.assertNoViolations(browser.driver());
    browser.open("/directory/review/reports/" + report);
    browser.submitFormOf("What did you do about it?");
    Axe.assertNoViolations(browser.driver());

    browser.forgetSession();
    browser.open("/directory/services/" + id + "/report");
    Axe.assertNoViolations(browser.driver());
    browser.submitFormOf("What is wrong?");
    Axe.assertNoViolations(browser.driver());
    org.assertj.core.api.Assertions.assertThat(browser.driver().getTitle())
        .as(browser.currentPath())
        .startsWith("Error: Report a problem");
    browser.fillIn("What is wrong?", "The phone number is wrong");
    browser.submitFormOf("What is wrong?");
    Axe.assertNoViolations(browser.driver());
  }
}
