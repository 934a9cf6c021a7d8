package care.tandem.browser;

import static care.tandem.directory.TandemTaxonomy.HEARING_LOOP;
import static care.tandem.directory.TandemTaxonomy.IN_PERSON;
import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static care.tandem.directory.TandemTaxonomy.SELF_REFERRAL;
import static care.tandem.directory.TandemTaxonomy.SLEEP;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.SiteClient;
import care.tandem.directory.DirectoryFixtures;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's pages in the states a crawl of the demo may not reach (results with several
 * pages, every kind of mistake, a closed service, signposting figures, the sheet, saved searches)
 * have no axe-core violation.
 */
@FullApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@PageGate("axe")
@Isolated("it replaces every directory listing with its own")
class DirectoryAccessibilityTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  UUID walk;
  UUID closed;

  @BeforeAll
  void listings() {
    DirectoryFixtures fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    fixtures.postcode("ST5 5BG", 53.00335, -2.27269);
    fixtures.postcode("ST5 0BG", 53.01012, -2.23991);
    walk =
        fixtures
            .service("Walk and Talk")
            .description("A gentle walking group.\n\nEveryone is welcome.")
            .needs(PEER_SUPPORT, IN_PERSON, SELF_REFERRAL)
            .placeHas(HEARING_LOOP)
            .at("ST5 5BG", 53.00335, -2.27269)
            .opens("TU", "10:00", "12:00")
            .language("Polish", "pl")
            .costs("3")
            .ages(18, null)
            .save();
    closed =
        fixtures
            .service("Closed For Now")
            .needs(PEER_SUPPORT)
            .status("temporarily closed")
            .at("ST5 5BG", 53.01, -2.27)
            .save();
    jdbc.sql(
            "update directory_service set alert = 'No group on 24 December', url = 'https://example.org/walk' where id = ?")
        .param(walk)
        .update();
    for (int i = 1; i <= 45; i++) {
      fixtures.service(String.format("Sleep clinic %02d", i)).needs(SLEEP).save();
    }
  }

  @TestFactory
  Stream<DynamicTest> directoryPagesHaveNoAxeViolations() {
    List<String> anonymous =
        List.of(
            "/directory",
            "/directory?need=peer-support&postcode=ST5+5BG&within=5",
            "/directory?need=sleep&page=2",
            "/directory?need=sleep&page=9",
            "/directory?need=carers",
            "/directory?postcode=ST5+OBG&age=-1&within=3&day=funday&need=x",
            "/directory?postcode=ST5+9ZZ",
            "/directory/services/" + walk,
            "/directory/services/" + closed,
            "/directory/services/" + UUID.randomUUID(),
            "/directory/sheet?service=" + walk + "&service=" + closed,
            "/directory/sheet");
    List<String> volunteer =
        List.of("/directory/services/" + walk, "/directory?need=peer-support", "/directory/saved");
    return Stream.concat(
        anonymous.stream().map(path -> check(DemoRole.ANONYMOUS, path)),
        volunteer.stream().map(path -> check(DemoRole.VOLUNTEER, path)));
  }

  private DynamicTest check(DemoRole role, String path) {
    return DynamicTest.dynamicTest(
        role + " " + path,
        () -> {
          browser.useSessionOf(SiteClient.signedInAs(port, role));
          browser.open(path);
          Axe.assertNoViolations(browser.driver());
        });
  }
}
